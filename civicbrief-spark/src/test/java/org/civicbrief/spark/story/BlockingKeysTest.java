package org.civicbrief.spark.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

  private final BlockingKeys keys = new BlockingKeys(3, 2);

  private static DescribedArticle on(long day, String... actors) {
    return new DescribedArticle(
        day + 1,
        "a" + day,
        day,
        List.of(actors),
        new float[] {1},
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of());
  }

  private boolean meet(DescribedArticle a, DescribedArticle b) {
    Set<String> shared = new HashSet<>(keys.keys(a));
    shared.retainAll(keys.keys(b));
    return !shared.isEmpty();
  }

  @Test
  void articlesSharingAnActorWithinTheWindowMeetWhereverTheBucketEdgeFalls() {
    for (long start = 0; start < 6; start++) {
      for (long gap = 0; gap <= 3; gap++) {
        assertThat(meet(on(start, "dana whitfield"), on(start + gap, "dana whitfield")))
            .as("days %d and %d", start, start + gap)
            .isTrue();
      }
    }
  }

  @Test
  void articlesFarApartOrWithoutAnActorInCommonDoNotMeet() {
    assertThat(meet(on(0, "dana whitfield"), on(9, "dana whitfield"))).isFalse();
    assertThat(meet(on(0, "dana whitfield"), on(1, "helen okafor"))).isFalse();
  }

  @Test
  void onlyTheFirstActorsMakeKeysAndUndatedArticlesMeetOnlyUndatedOnes() {
    DescribedArticle undated =
        new DescribedArticle(
            1,
            "u",
            DescribedArticle.UNDATED,
            List.of("a", "b", "c"),
            new float[] {1},
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of());
    assertThat(keys.keys(undated)).containsExactly("a|undated", "b|undated");
    assertThat(meet(undated, on(5, "a"))).isFalse();
  }
}
