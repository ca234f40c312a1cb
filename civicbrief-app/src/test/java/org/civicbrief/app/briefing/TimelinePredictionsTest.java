package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * R17 read predictions in the timeline as if they had happened on their date ("may be reversed on
 * Friday", "expected … in June"). What could, may or is expected to happen is no dated event; what
 * happened, and what a sentence reports on its own date, stays.
 */
class TimelinePredictionsTest {

  @Test
  void whatMightHappenIsNoTimelineEvent() {
    var b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/timeline-predictions.txt", "2026-04-08"))
            .briefing();
    assertThat(b.timeline())
        .extracting(TimelineEvent::date)
        .contains("2026-04-07", "2026-03-03")
        .doesNotContain("2026-04-28", "2026-06", "2026-05");
  }
}
