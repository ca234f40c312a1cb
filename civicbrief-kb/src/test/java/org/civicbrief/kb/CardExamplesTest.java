package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.TinyAnnotator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each card's own example sentences, written for the project: every sentence in {@code match}
 * triggers the card and none in {@code noMatch} does.
 */
class CardExamplesTest {

  static Stream<Named<CardFile>> files() {
    return new LoadCards().bundledFiles().stream().map(f -> Named.of(f.card().id(), f));
  }

  private static boolean triggers(CardFile f, String sentence) {
    List<ConceptMatch> found =
        new MatchConcepts(List.of(f.card())).match(TinyAnnotator.annotate(sentence));
    return !found.isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void positiveExamplesTriggerTheCard(CardFile f) {
    for (String sentence : f.match()) {
      assertThat(triggers(f, sentence)).as("%s should match: %s", f.card().id(), sentence).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void negativeExamplesDoNotTriggerTheCard(CardFile f) {
    for (String sentence : f.noMatch()) {
      assertThat(triggers(f, sentence))
          .as("%s should not match: %s", f.card().id(), sentence)
          .isFalse();
    }
  }
}
