package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

  private static StoryFeatures article(String id, String... words) {
    Map<String, Float> terms = new HashMap<>();
    for (String w : words) {
      terms.merge(w, 1f, Float::sum);
    }
    return new StoryFeatures(
        id,
        new float[] {1, 0, 0},
        terms,
        Map.of(),
        Map.of(),
        Map.of(),
        Optional.of(LocalDate.of(2025, 4, 1)));
  }

  @Test
  void anArticleIsComparedWithTheStoriesThatShareMostOfItsWordsNotWithAllThatShareOne() {
    StoryIndex index = new StoryIndex(3, StoryModel.defaults());
    // The oldest story shares two words with the article; the many newer ones one each.
    index.restore(1, article("levy", "ferry", "levy"));
    int others = StoryIndex.MAX_CANDIDATES + 100;
    for (int i = 0; i < others; i++) {
      index.restore(i + 2, article("ferry-" + i, "ferry", "word" + i));
    }

    int[] candidates = index.candidates(index.count(article("new", "ferry", "levy", "fares")));

    assertThat(candidates).hasSize(StoryIndex.MAX_CANDIDATES);
    assertThat(candidates).contains(index.index(1));
  }
}
