package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.civic.TinyAnnotator;
import org.civicbrief.core.text.Sentence;
import org.junit.jupiter.api.Test;

/** A Spanish title with its complements before a name gives a blank there away (ADR 21). */
class SpanishTitledBlankTest {

  private static boolean titled(String sentence, String name) {
    Sentence s = TinyAnnotator.annotate(sentence).sentences().getFirst();
    int first = 0;
    while (!s.token(first).text().equals(name)) {
      first++;
    }
    return SpanishQuiz.titledBlank(s, first);
  }

  @Test
  void aTitleAndItsComplementBeforeTheNameGiveItAway() {
    assertThat(titled("El gobernador de California Gavin Newsom firmó la ley.", "Gavin")).isTrue();
    assertThat(titled("El gobernador de Texas, Greg Abbott, firmó la ley.", "Greg")).isTrue();
  }

  @Test
  void aNameAfterAnythingElseIsAFairBlank() {
    assertThat(titled("Los votantes de California apoyaron a Gavin Newsom.", "Gavin")).isFalse();
    assertThat(titled("Gavin Newsom firmó la ley.", "Gavin")).isFalse();
  }
}
