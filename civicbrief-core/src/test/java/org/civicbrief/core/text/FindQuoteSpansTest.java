package org.civicbrief.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindQuoteSpansTest {

  private final FindQuoteSpans spans = new FindQuoteSpans();

  @Test
  void pairsCurlyQuotesAndKeepsTheMarksOutsideTheInnerSpan() {
    String text = "“We will not wait for a vote,” Marsh said.";
    QuoteSpan q = spans.find(text).getFirst();
    assertThat(text.substring(q.innerStart(), q.innerEnd()))
        .isEqualTo("We will not wait for a vote,");
    assertThat(text.substring(q.start(), q.end())).isEqualTo("“We will not wait for a vote,”");
    assertThat(q.label()).isFalse();
  }

  @Test
  void treatsAShortLabelAsAScareQuoteEvenWithACommaInside() {
    String text = "Critics called it a “paper deployment,” and moved on.";
    assertThat(spans.find(text)).singleElement().satisfies(q -> assertThat(q.label()).isTrue());
  }

  @Test
  void readsALongNameAfterTitledAsALabel() {
    String text =
        "The dispute stems from an order issued on June 7, titled “Port Authority Security for the"
            + " Protection of Harbor Patrol Functions and Related Harbor Operations.”";
    assertThat(spans.find(text)).singleElement().satisfies(q -> assertThat(q.label()).isTrue());
  }

  @Test
  void keepsAShortUtteranceFramedBySpeech() {
    String text = "“Won’t happen,” she said.";
    assertThat(spans.find(text)).singleElement().satisfies(q -> assertThat(q.label()).isFalse());
  }

  @Test
  void closesAQuoteThatRunsOnAtTheEndOfItsParagraph() {
    String text = "“This goes on and on and on\n“And then it ends,” he said.";
    List<QuoteSpan> found = spans.find(text);
    assertThat(found).hasSize(2);
    assertThat(text.substring(found.get(0).innerStart(), found.get(0).innerEnd()))
        .isEqualTo("This goes on and on and on");
  }

  @Test
  void pairsStraightQuotesInTurn() {
    String text = "He said \"the plan is dead for now\" and \"it will come back later\".";
    assertThat(spans.find(text)).hasSize(2);
  }
}
