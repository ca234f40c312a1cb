package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.TestBriefing;
import org.junit.jupiter.api.Test;

class HighlightsTest {

  private static final String TEXT = "Alpha beta gamma.\nDelta epsilon.\n\nZeta eta.";

  @Test
  void overlapping_spans_merge_and_separate_ones_stay_apart() {
    Highlights h = Highlights.of(briefing(ev(0, 6), ev(11, 17), ev(0, 10), ev(34, 38)));

    assertThat(h.spans())
        .containsExactly(
            new Highlights.Span(0, 10), new Highlights.Span(11, 17), new Highlights.Span(34, 38));
    assertThat(h.around(ev(0, 6))).contains(new Highlights.Span(0, 10));
    assertThat(h.around(ev(35, 37))).contains(new Highlights.Span(34, 38));
    assertThat(h.around(ev(18, 20))).isEmpty();
  }

  @Test
  void blank_evidence_has_nothing_to_highlight() {
    Highlights h = Highlights.of(briefing(ev(32, 34)));

    assertThat(h.spans()).isEmpty();
  }

  @Test
  void a_span_over_a_line_break_is_marked_in_both_paragraphs_with_one_target() {
    Highlights h = Highlights.of(briefing(ev(11, 23)));
    HtmlWriter out = new HtmlWriter();

    ArticleHtml.write(out, h);

    assertThat(out.toString())
        .isEqualTo(
            "<p>Alpha beta <mark id=\"ev-11-23\">gamma.</mark></p>\n"
                + "<p><mark>Delta</mark> epsilon.</p>\n"
                + "<p>Zeta eta.</p>\n");
  }

  private static Evidence ev(int start, int end) {
    return new Evidence(0, start, end);
  }

  private static Briefing briefing(Evidence... evidence) {
    List<BriefItem> items =
        List.of(evidence).stream().map(e -> new BriefItem("x", e, List.of(), false)).toList();
    return TestBriefing.of(
            Article.ofText(TEXT, "t.txt"),
            new Headline("Alpha", Optional.empty()),
            items.getFirst())
        .schemaVersion(1)
        .summary(items)
        .build();
  }
}
