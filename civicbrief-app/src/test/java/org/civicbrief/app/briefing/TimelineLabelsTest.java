package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * R16 found timeline entries dated by a date the sentence only names: an extension dated by the day
 * of the ruling it extended ("its pause on … Breyer's Jun 12 ruling"), an order dated by its
 * deadline ("froze his injunction until noon on Sept. 12"), and bare years of the elections a map
 * will shape. A date that modifies a noun, or bounds a state, dates no event of the sentence.
 */
class TimelineLabelsTest {

  private static Briefing briefing() {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article("/briefing/timeline-labels.txt", "2026-04-10"))
        .briefing();
  }

  @Test
  void anEventIsDatedByItsOwnDayNotByTheDayOfWhatItNames() {
    assertThat(briefing().timeline())
        .extracting(TimelineEvent::date)
        .containsExactly("2026-04-09", "2026-05-04");
  }
}
