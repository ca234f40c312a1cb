package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * "… a move meant to shape next year's budget talks": a possessive date names the time of its noun,
 * not of the sentence's event (R19 read a walkout listed under the year of the elections it was
 * about, "2026 (approx.)"). The sentence's own date still dates it.
 */
class TimelinePossessiveDatesTest {

  private static java.util.List<String> dates() {
    return SharedPipeline.timelineDates("/briefing/timeline-possessive-dates.txt", "2025-08-06");
  }

  @Test
  void aPossessiveDateDatesNoEventOfItsSentence() {
    assertThat(dates()).doesNotContain("2026", "2025-08-06");
  }

  @Test
  void theSentencesOwnDateStays() {
    assertThat(dates()).contains("2025-08-05");
  }
}
