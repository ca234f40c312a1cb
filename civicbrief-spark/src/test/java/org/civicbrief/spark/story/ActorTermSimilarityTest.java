package org.civicbrief.spark.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTermSimilarityTest {

  private static StoryFeatures actors(String... names) {
    return new StoryFeatures(1, "a", 0, List.of(names), new int[0], new float[0]);
  }

  @Test
  void aShortArticleNamingTwoOfALongOnesActorsOverlapsFully() {
    assertThat(
            ActorTermSimilarity.actorOverlap(
                actors("dana whitfield", "luis ortega"),
                actors("dana whitfield", "luis ortega", "priya natarajan", "martin keogh")))
        .isEqualTo(1.0);
  }

  @Test
  void articlesWithNoActorsShareNone() {
    assertThat(ActorTermSimilarity.actorOverlap(actors(), actors("dana whitfield"))).isZero();
  }

  @Test
  void theScoreMixesActorsAndWords() {
    ActorTermSimilarity s = new ActorTermSimilarity(0.5, 0.4);
    assertThat(s.score(actors("x", "y"), actors("x", "z"))).isEqualTo(0.25);
  }

  @Test
  void anOutOfRangeThresholdIsRefusedByName() {
    assertThatThrownBy(() -> new ActorTermSimilarity(0.5, 1.5))
        .hasMessageContaining("story threshold");
  }
}
