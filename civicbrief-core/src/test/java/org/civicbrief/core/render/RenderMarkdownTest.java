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

class RenderMarkdownTest {

  private final RenderMarkdown render = new RenderMarkdown();

  @Test
  void a_full_briefing_has_every_section_in_reading_order() {
    String md = render.render(SampleBriefings.bridge());

    assertThat(md)
        .startsWith(
            "# Riverton council votes to close Mill Street bridge ⟨s0:0–50⟩\n\nBy Dana Whitfield")
        .containsSubsequence(
            "\n## Summary\n",
            "\n## Core facts\n",
            "\n## Key actors\n",
            "\n## Quotes\n",
            "\n## Timeline\n",
            "\n## Sources\n")
        .endsWith("⟩\n");
  }

  @Test
  void every_item_ends_with_its_evidence_marker() {
    Briefing b = SampleBriefings.bridge();
    Evidence cracks = b.summary().get(1).evidence();

    String md = render.render(b);

    assertThat(md)
        .contains(
            "- Inspectors found cracked supports under the eastern span last month"
                + " [according to the state transport office] ⟨s2:"
                + cracks.start()
                + "–"
                + cracks.end()
                + "⟩\n");
    assertThat(md.lines().filter(line -> line.startsWith("- ")))
        .allSatisfy(line -> assertThat(line).matches(".*⟨s\\d+:\\d+–\\d+⟩$|- Riverton Ledger .*"));
  }

  @Test
  void a_summary_sentence_in_the_articles_own_voice_is_credited_to_the_publisher() {
    assertThat(render.render(SampleBriefings.bridge()))
        .contains(
            "- The Riverton city council voted 5-2 on Tuesday to close the Mill Street bridge to"
                + " cars. [Riverton Ledger] ⟨s1:");
  }

  @Test
  void actors_quotes_timeline_and_sources_read_as_one_line_each() {
    String md = render.render(SampleBriefings.bridge());

    assertThat(md)
        .contains("- **Ana Ruiz** ⟨s3:")
        .contains(" — Mayor ⟨s3:")
        .contains(
            "  - Stance: Mayor Ana Ruiz said the closure would last until repairs are finished. ⟨s3:")
        .contains("  - Mentioned 2 times, also as Ruiz\n")
        .contains("- “We cannot gamble with people's safety,” — Ana Ruiz, told ⟨s4:")
        .contains("- 2025-06 (approx.) — Work is expected to begin in early June. ⟨s6:")
        .contains("- 2025-03-11 — The Riverton")
        .contains(
            "- Riverton Ledger (publisher) <https://ledger.example/news/mill-street-bridge>\n")
        .contains("- the state transport office (official) ⟨s2:");
  }

  @Test
  void a_hedged_fact_says_so() {
    assertThat(render.render(SampleBriefings.bridge()))
        .contains(
            "- Repairs could cost as much as $4 million [according to the transport office] (hedged) ⟨s5:");
  }

  @Test
  void a_hedged_fact_of_a_spanish_briefing_says_so_in_spanish_in_both_exports() {
    String text =
        "La reparación del puente podría costar 4 millones de dólares. Nadie lo confirmó.";
    String lead = "La reparación del puente podría costar 4 millones de dólares.";
    Article article =
        new Article(
            text,
            Optional.of("El puente de Valle Hondo"),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "es",
            "puente.txt");
    Evidence at = new Evidence(0, 0, lead.length());
    Briefing b =
        TestBriefing.of(
                article,
                new Headline("El puente de Valle Hondo", Optional.empty()),
                new BriefItem(lead, at, List.of(), true))
            .summary(List.of(new BriefItem(lead, at, List.of(), true)))
            .build();
    assertThat(render.render(b)).contains("(con reservas)").doesNotContain("(hedged)");
    assertThat(new RenderHtml().render(b))
        .contains(">con reservas</span>")
        .doesNotContain(">hedged<", "The source hedges this");
  }

  @Test
  void empty_sections_are_left_out_rather_than_filled() {
    String md = render.render(SampleBriefings.bridgeSummaryOnly());

    assertThat(md)
        .contains("## Summary")
        .contains("## Sources")
        .doesNotContain("## Core facts")
        .doesNotContain("## Key actors")
        .doesNotContain("## Quotes")
        .doesNotContain("## Timeline");
  }

  @Test
  void markdown_syntax_in_article_text_is_escaped() {
    String text = "# Vote *tonight* on [the_plan](http://x) <b>now</b> & more";
    Article article = Article.ofText(text, "t.txt");
    Evidence all = new Evidence(0, 0, text.length());
    BriefItem fact = new BriefItem("1. " + text, all, List.of(), false);
    Briefing b =
        TestBriefing.of(article, new Headline(text, Optional.of(all)), fact)
            .schemaVersion(1)
            .summary(List.of(fact))
            .build();

    String md = render.render(b);

    assertThat(md)
        .startsWith(
            "# \\# Vote \\*tonight\\* on \\[the\\_plan\\](http://x) \\<b\\>now\\</b\\> & more ⟨s0:")
        .contains("- 1\\. # Vote");
  }

  @Test
  void line_breaks_inside_an_item_do_not_break_the_list() {
    assertThat(Markdown.inline("first line\n\n- second  line"))
        .isEqualTo("first line - second line");
  }

  @Test
  void a_javascript_url_is_not_turned_into_a_link() {
    assertThat(render.render(SampleBriefings.hostile())).doesNotContainIgnoringCase("javascript:");
  }

  @Test
  void citations_are_listed_with_their_links_and_a_cards_own_ride_with_its_sentence() {
    Briefing b = SampleBriefings.cited();

    String md = render.render(b);

    assertThat(md)
        .contains(
            "⟨s0:0–81⟩ Cited in the article: [10 U.S.C. § 251](https://www.law.cornell.edu/uscode/text/10/251).\n")
        .contains("## Laws and cases cited\n\n- Trump v. Ohio (case) ⟨s0:67–80⟩\n");
  }
}
