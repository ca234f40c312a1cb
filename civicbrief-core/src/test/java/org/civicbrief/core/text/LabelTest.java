package org.civicbrief.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.civic.TinyAnnotator;
import org.junit.jupiter.api.Test;

/** A number or date that names something is no value of the story to test. */
class LabelTest {

  /** The mention of {@code value} in the one-sentence {@code text}, as the recognizers give it. */
  private static boolean label(String text, String value, EntityType type) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    Sentence s = a.sentence(0);
    int start = text.indexOf(value);
    int end = start + value.length();
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.start() >= start && t.end() <= end) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    return new EntityMention(0, first, last, start, end, value, type, "").isLabel(s);
  }

  @Test
  void aNumberThatBelongsToANameIsALabel() {
    assertThat(label("Louisiana enacted SB 8 in 2024.", "8", EntityType.NUMBER)).isTrue();
    assertThat(label("Voters passed Proposition (Prop) 50 on Tuesday.", "50", EntityType.NUMBER))
        .isTrue();
    assertThat(label("The case turns on Section 2 of the law.", "2", EntityType.NUMBER)).isTrue();
  }

  @Test
  void aTimeOfDayIsALabel() {
    assertThat(label("The polls closed at 11 p.m. in the state.", "11", EntityType.NUMBER))
        .isTrue();
  }

  @Test
  void aCountOrAVoteTallyIsAValue() {
    assertThat(label("The governor sent 300 troops to the city.", "300", EntityType.NUMBER))
        .isFalse();
    assertThat(label("The bill passed the House 263-156 last week.", "263-156", EntityType.NUMBER))
        .isFalse();
  }

  @Test
  void aYearThatModifiesANounAfterADeterminerIsALabel() {
    assertThat(
            label(
                "The map helps Republicans in the 2026 midterm elections.",
                "2026",
                EntityType.DATE))
        .isTrue();
    assertThat(label("The court ruled in 2024 that the map was valid.", "2024", EntityType.DATE))
        .isFalse();
  }
}
