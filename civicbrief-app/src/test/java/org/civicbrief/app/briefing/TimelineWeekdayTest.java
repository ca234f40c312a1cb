package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * A weekday the article names is an exact day on its timeline: the article's date and the
 * sentence's tense fix it, as a reader of the paper that day would (R21b: "(approx.)" on exactly
 * known weekdays). "In late April" stays approximate.
 */
class TimelineWeekdayTest {

  @Test
  void aNamedWeekdayIsExactAndLateAprilIsNot() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/timeline-weekday.txt", "2025-05-08"))
            .briefing();
    assertThat(b.timeline())
        .filteredOn(TimelineEvent::namedWeekday)
        .isNotEmpty()
        .noneMatch(TimelineEvent::approximate);
    assertThat(b.timeline())
        .filteredOn(e -> e.dateText().contains("late April"))
        .allMatch(TimelineEvent::approximate);
  }
}
