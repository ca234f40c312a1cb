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

  @Test
  void aReportThatNeverNamesWhatTheEarlierEventWasAboutSharesLessOfItsMatterThanOneThatDoes() {
    StoryIndex index = new StoryIndex(3, StoryModel.lineDefaults());
    for (int i = 0; i < 4; i++) {
      index.restore(10 + i, article("weather-" + i, "rain", "rain", "rain", "harbor" + i));
    }
    // An event about a dam's permit before the justices, reported twice.
    for (int i = 0; i < 2; i++) {
      index.restore(
          1,
          article(
              "dam-" + i,
              "justices",
              "justices",
              "justices",
              "ruling",
              "ruling",
              "ruling",
              "dam",
              "dam",
              "dam",
              "permit",
              "permit",
              "permit"));
    }
    int event = index.index(1);
    // Another matter before the same justices: the only words it shares with anyone are the
    // court's, and the event has them all.
    StoryIndex.Doc levy =
        index.count(
            article(
                "levy",
                "justices",
                "justices",
                "justices",
                "ruling",
                "ruling",
                "ruling",
                "levy",
                "levy",
                "levy"));
    double levyMatter = index.features(levy, event, 1)[8];
    StoryIndex.Doc appeal =
        index.count(
            article(
                "appeal",
                "justices",
                "justices",
                "justices",
                "ruling",
                "ruling",
                "ruling",
                "dam",
                "dam",
                "dam",
                "permit",
                "appeal",
                "appeal",
                "appeal"));
    double appealMatter = index.features(appeal, event, 1)[8];

    assertThat(levyMatter).isLessThan(appealMatter - 0.2);
  }
}
