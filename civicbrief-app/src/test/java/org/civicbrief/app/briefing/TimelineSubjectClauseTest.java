package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * "Workers who walked off the job on March 3, 2024, will return …": a clause of "who" inside the
 * subject dates what the workers did then, not the return the sentence reports (a pardon's release
 * dated by the riot of years before, read on the leads). A "who" clause after the verb keeps its
 * date, which is the sentence's last event.
 */
class TimelineSubjectClauseTest {

  private static java.util.List<String> dates() {
    return SharedPipeline.timelineDates("/briefing/timeline-subject-clause.txt", "2025-05-10");
  }

  @Test
  void aDateInTheSubjectsWhoClauseDatesNotTheSentence() {
    assertThat(dates()).doesNotContain("2024-03-03");
  }

  @Test
  void aWhoClauseAfterTheVerbKeepsItsDate() {
    assertThat(dates()).contains("2025-05-05");
  }
}
