package org.civicbrief.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How quotation marks of every kind news text uses pair into quotations and labels. */
class QuotationMarksTest {

  private final FindQuoteSpans spans = new FindQuoteSpans();

  private static String inner(String text, QuoteSpan q) {
    return text.substring(q.innerStart(), q.innerEnd());
  }

  @Test
  void pairsTheDoubledApostrophesSomeNewspapersPrint() {
    String text = "''We are ready for the storm,'' the port director said.";
    assertThat(spans.find(text))
        .singleElement()
        .satisfies(q -> assertThat(inner(text, q)).isEqualTo("We are ready for the storm,"));
  }

  @Test
  void pairsSingleQuotesButNotApostrophes() {
    String text = "Ruiz’s aide called it ‘a plan that cannot fail’ and Ortega's staff 'a gamble'.";
    List<QuoteSpan> found = spans.find(text);
    assertThat(found)
        .extracting(q -> inner(text, q))
        .containsExactly("a plan that cannot fail", "a gamble");
  }

  @Test
  void leavesSingleQuotesInsideADoubleQuotationToIt() {
    String text = "“She told me ‘never again’ and left,” Ortega said.";
    assertThat(spans.find(text)).hasSize(1);
  }

  @Test
  void doesNotTakeFeetAndInchesForAQuote() {
    String text = "The mayor is 6'3\" tall and said \"the harbor opens in May\" on Friday.";
    assertThat(spans.find(text))
        .singleElement()
        .satisfies(q -> assertThat(inner(text, q)).isEqualTo("the harbor opens in May"));
  }

  @Test
  void takesATitleForALabel() {
    String text = "She spoke on “The Morning Harbor Show,” a radio program.";
    assertThat(spans.find(text)).singleElement().satisfies(q -> assertThat(q.label()).isTrue());
  }

  @Test
  void takesAShortSentenceOfItsOwnForAQuotation() {
    String text = "The mayor has a new message: “It is about me.”";
    assertThat(spans.find(text)).singleElement().satisfies(q -> assertThat(q.label()).isFalse());
  }

  @Test
  void takesAQuestionForAQuotationHoweverShort() {
    String text = "Marchers chanted “What curfew?” and kept going.";
    assertThat(spans.find(text)).singleElement().satisfies(q -> assertThat(q.label()).isFalse());
  }

  @Test
  void takesAQuotedSubheadingForALabel() {
    String text = "The vote was close.\n\n'Harbor Before Highways.'\n\nThe council met again.";
    assertThat(spans.find(text)).singleElement().satisfies(q -> assertThat(q.label()).isTrue());
  }
}
