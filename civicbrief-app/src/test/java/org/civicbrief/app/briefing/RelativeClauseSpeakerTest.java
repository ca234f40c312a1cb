package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.junit.jupiter.api.Test;

/**
 * "Ortiz, who was appointed … by former governor Tom Arden in 2019, has … said she has “…”": the
 * speaker is the sentence's subject, not the name inside the relative clause (R18 gave such a quote
 * to the official who had appointed the speaker).
 */
class RelativeClauseSpeakerTest {

  @Test
  void theSpeakerIsTheSubjectBeforeTheRelativeClause() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/speaker-relative-clause.txt", "2025-08-26"))
            .briefing();
    assertThat(b.quotes())
        .filteredOn(q -> q.text().contains("no intention"))
        .extracting(Quote::speaker)
        .containsExactly("Lena Ortiz");
  }
}
