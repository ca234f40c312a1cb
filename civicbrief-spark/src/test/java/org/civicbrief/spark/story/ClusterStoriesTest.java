package org.civicbrief.spark.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.civicbrief.spark.cli.SharedSpark;
import org.junit.jupiter.api.Test;

class ClusterStoriesTest {

  // Actors alone decide, so each case reads off the actor lists.
  private static final StorySettings ACTORS_ONLY =
      StorySettings.defaults().withSimilarity(new ActorTermSimilarity(1.0, 0.5));

  private long next = 1;

  private StoryFeatures article(String id, long day, String... actors) {
    return new StoryFeatures(next++, id, day, List.of(actors), new int[0], new float[0]);
  }

  private Map<String, StoryLink> cluster(List<StoryFeatures> articles) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    return new ClusterStories(ACTORS_ONLY)
        .cluster(sc.parallelize(articles, 3)).collect().stream()
            .collect(Collectors.toMap(StoryLink::id, l -> l));
  }

  @Test
  void aStoryChainsThroughArticlesEachWithinTheWindowOfThePrevious() {
    Map<String, StoryLink> s =
        cluster(
            List.of(
                article("a", 0, "dana whitfield"),
                article("b", 2, "dana whitfield"),
                article("c", 4, "dana whitfield"),
                article("d", 6, "dana whitfield"),
                article("other", 1, "helen okafor")));
    assertThat(s.get("d").storyId()).isEqualTo("a");
    assertThat(s.get("c").linkedToId()).isEqualTo("b");
    assertThat(s.get("a").startsStory()).isTrue();
    assertThat(s.get("other").storyId()).isEqualTo("other");
  }

  @Test
  void aLongStoryResolvesToItsFirstArticle() {
    List<StoryFeatures> daily = new ArrayList<>();
    for (int day = 0; day < 40; day++) {
      daily.add(article("day" + day, day, "luis ortega"));
    }
    Map<String, StoryLink> s = cluster(daily);
    assertThat(s.values()).allSatisfy(l -> assertThat(l.storyId()).isEqualTo("day0"));
  }

  @Test
  void anArticleJoinsItsBestEarlierCandidate() {
    Map<String, StoryLink> s =
        cluster(
            List.of(
                article("f", 10, "p", "q"),
                article("g", 11, "p", "r"),
                article("h", 12, "p", "q")));
    assertThat(s.get("h").linkedToId()).isEqualTo("f");
    assertThat(s.get("h").score()).isEqualTo(1.0);
  }

  @Test
  void undatedArticlesFormStoriesOnlyWithEachOther() {
    Map<String, StoryLink> s =
        cluster(
            List.of(
                article("u1", StoryFeatures.UNDATED, "ruth delacroix"),
                article("dated", 3, "ruth delacroix"),
                article("u2", StoryFeatures.UNDATED, "ruth delacroix")));
    assertThat(s.get("u2").storyId()).isEqualTo("u1");
    assertThat(s.get("dated").storyId()).isEqualTo("dated");
  }

  @Test
  void inABigBlockEachArticleIsComparedOnlyWithItsNextNeighbours() {
    List<StoryFeatures> block = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      block.add(article("n" + i, 0, "x"));
    }
    var pairs =
        ClusterStories.compareBlock(
            block, new StorySettings(3, 1, 2, new ActorTermSimilarity(1.0, 0.5)));
    // Five articles have a predecessor; each is compared with at most two earlier ones.
    assertThat(pairs).hasSize(1 + 2 + 2 + 2 + 2);
  }
}
