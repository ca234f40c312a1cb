package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * One day is at most two timeline entries, and a day's statement ("said on Thursday") gives way to
 * the day's events (R20: three entries for one day, the day's ruling told three times).
 */
class TimelineOneDayTest {

  @Test
  void aDayShowsAtMostTwoEntriesAndItsEventsBeforeItsStatements() {
    List<TimelineEvent> timeline =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/timeline-one-day.txt", "2025-05-09"))
            .briefing()
            .timeline();
    List<TimelineEvent> day = timeline.stream().filter(e -> e.date().equals("2025-05-08")).toList();
    assertThat(day).hasSize(2);
    assertThat(day.get(0).text()).startsWith("A state judge on Thursday ordered");
    assertThat(day.get(1).text()).startsWith("The order, issued Thursday afternoon");
  }
}
