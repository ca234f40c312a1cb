package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * R16 scored summaries 3.29: they opened on a subheading in sentence case ("Opponents said the new
 * map is racial gerrymandering", a line of its own) or on someone's quoted words. A short line
 * without a full stop, with the story going on below it, is a heading; a sentence that opens on a
 * quotation belongs to the Quotes section, not the summary.
 */
class SummaryLinesTest {

  private static Briefing briefing() {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article("/briefing/summary-lines.txt", "2026-02-11"))
        .briefing();
  }

  private static Stream<String> lines(Briefing b) {
    return Stream.concat(b.summary().stream(), b.coreFacts().stream()).map(BriefItem::text);
  }

  @Test
  void aSentenceCaseSubheadingIsNoSummaryLineOrFact() {
    assertThat(lines(briefing()))
        .isNotEmpty()
        .noneMatch(t -> t.startsWith("Landlords said the rent rules would stop repairs"));
  }

  @Test
  void noSummaryLineOpensOnAQuotation() {
    Briefing b = briefing();
    assertThat(b.summary()).isNotEmpty();
    assertThat(b.summary()).extracting(BriefItem::text).noneMatch(t -> t.startsWith("“"));
  }

  @Test
  void noCoreFactOpensOnAQuotationEither() {
    Briefing b = briefing();
    assertThat(b.coreFacts()).isNotEmpty();
    assertThat(b.coreFacts()).extracting(BriefItem::text).noneMatch(t -> t.startsWith("“"));
  }
}
