package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

  private static final StoryModel MODEL = StoryModel.defaults();

  private static StoryFeatures article(String id, float[] embedding, String... words) {
    Map<String, Float> terms = new HashMap<>();
    Map<String, Float> names = new HashMap<>();
    for (String w : words) {
      (Character.isUpperCase(w.charAt(0)) ? names : terms).merge(w.toLowerCase(), 1f, Float::sum);
    }
    return new StoryFeatures(
        id,
        embedding,
        terms,
        names,
        Map.of(),
        Map.of("whitfield", 2f),
        Optional.of(LocalDate.of(2025, 4, 1)));
  }

  private static final StoryFeatures VOTE =
      article("vote", new float[] {1, 0, 0}, "Whitfield", "Alder", "levy", "ballot", "transit");
  private static final StoryFeatures LAWSUIT =
      article("lawsuit", new float[] {0.8f, 0.6f, 0}, "Whitfield", "Alder", "levy", "lawsuit");
  private static final StoryFeatures BUDGET =
      article("budget", new float[] {0, 1, 0}, "Reyes", "Cedar", "budget", "schools");
  private static final StoryFeatures DROUGHT =
      article("drought", new float[] {0, 0, 1}, "Okafor", "Sierra", "drought", "ballot");

  /** The frequencies an index counts from {@code corpus}. */
  private static DocumentFrequencies of(List<StoryFeatures> corpus) {
    Map<String, Integer> terms = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> persons = new HashMap<>();
    for (StoryFeatures f : corpus) {
      f.terms().keySet().forEach(w -> terms.merge(w, 1, Integer::sum));
      f.names().keySet().forEach(w -> names.merge(w, 1, Integer::sum));
      f.persons().keySet().forEach(w -> persons.merge(w, 1, Integer::sum));
    }
    return new DocumentFrequencies(corpus.size(), terms, names, Map.of(), persons, Map.of());
  }

  @Test
  void withTheCorpusFrequenciesAnArticleScoresAsAfterTheWholeCorpusWasCounted() {
    AssignStory assign = new AssignStory(MODEL);
    StoryIndex online = new StoryIndex(3, MODEL);
    assign.assign(VOTE, online);
    assign.assign(BUDGET, online);
    assign.assign(DROUGHT, online);
    Assignment counted = assign.assign(LAWSUIT, online);

    StoryIndex fixed = new StoryIndex(3, MODEL, of(List.of(VOTE, BUDGET, DROUGHT, LAWSUIT)));
    assign.assign(VOTE, fixed);
    Assignment alone = assign.assign(LAWSUIT, fixed);

    assertThat(counted.started()).isFalse();
    assertThat(alone.started()).isFalse();
    assertThat(alone.score()).isEqualTo(counted.score());
  }

  @Test
  void fixedFrequenciesDoNotChangeAsArticlesAreAssigned() {
    AssignStory assign = new AssignStory(MODEL);
    DocumentFrequencies corpus = of(List.of(VOTE, BUDGET, DROUGHT, LAWSUIT));
    StoryIndex quiet = new StoryIndex(3, MODEL, corpus);
    assign.assign(VOTE, quiet);
    StoryIndex busy = new StoryIndex(3, MODEL, corpus);
    assign.assign(VOTE, busy);
    assign.assign(BUDGET, busy);
    assign.assign(DROUGHT, busy);

    assertThat(assign.assign(LAWSUIT, busy).score())
        .isEqualTo(assign.assign(LAWSUIT, quiet).score());
  }

  @Test
  void aWordNotListedCountsAsUsedByOneArticle() {
    AssignStory assign = new AssignStory(MODEL);
    DocumentFrequencies all = of(List.of(VOTE, BUDGET, DROUGHT, LAWSUIT));
    Map<String, Integer> shared = new HashMap<>(all.terms());
    shared.values().removeIf(df -> df < 2);
    DocumentFrequencies pruned =
        new DocumentFrequencies(4, shared, all.names(), all.numbers(), all.persons(), all.places());
    StoryIndex full = new StoryIndex(3, MODEL, all);
    StoryIndex listed = new StoryIndex(3, MODEL, pruned);
    assign.assign(VOTE, full);
    assign.assign(VOTE, listed);

    assertThat(assign.assign(LAWSUIT, listed).score())
        .isEqualTo(assign.assign(LAWSUIT, full).score());
  }

  @Test
  void aFrequencyAboveTheCorpusSizeIsRefusedWithTheWord() {
    assertThatThrownBy(
            () ->
                new DocumentFrequencies(
                    2, Map.of("levy", 3), Map.of(), Map.of(), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("levy");
  }
}
