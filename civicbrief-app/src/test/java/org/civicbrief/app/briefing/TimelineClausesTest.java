package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * R18 read timeline entries dated by another clause of their sentence: a person's statement dated
 * by the year of the appointment named in the relative clause about them ("Judge X, who was
 * nominated … in 1981, said …"), a present state dated by the year it began ("since 2021"). A date
 * in a relative clause the commas open, or in a clause of "since", is not the date of the
 * sentence's event; a date of the sentence's own clause still is.
 */
class TimelineClausesTest {

  private static java.util.List<String> dates() {
    return SharedPipeline.timelineDates("/briefing/timeline-clauses.txt", "2026-06-10");
  }

  @Test
  void aDateInARelativeClauseDatesNoStatementOfTheSentence() {
    assertThat(dates()).doesNotContain("2011", "1987", "2026-03");
  }

  @Test
  void aDateAfterSinceDatesNoPresentState() {
    assertThat(dates()).doesNotContain("2019", "2026-02");
  }

  @Test
  void theSentencesOwnDatesStay() {
    assertThat(dates()).contains("2026-06-09", "2026-05-06");
  }
}
