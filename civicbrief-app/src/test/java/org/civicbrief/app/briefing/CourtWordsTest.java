package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.junit.jupiter.api.Test;

/**
 * A court's words are in the quotes section with the court as their source, linked to no person
 * (R20: courts' and orders' words left out of the quotes section).
 */
class CourtWordsTest {

  @Test
  void whatTheCourtWroteIsQuotedWithTheCourtAsItsSource() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/court-wrote.txt", "2025-06-03"))
            .briefing();
    Quote q =
        b.quotes().stream().filter(x -> x.text().startsWith("The fee is a tax")).findFirst().get();
    assertThat(q.speaker()).isEqualTo("the court");
    assertThat(q.speakerId()).isEmpty();
  }
}
