package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * What a plan "would" do in a year is a forecast, not an event of that year (R20: "would largely
 * end efforts … this year" listed as a past entry of the year); a year something happened stays.
 */
class TimelineForecastTest {

  @Test
  void aForecastOfTheYearIsNoTimelineEntry() {
    List<String> dates =
        SharedPipeline.timelineDates("/briefing/timeline-would-year.txt", "2025-06-04");
    assertThat(dates).contains("2025-06-03", "2023").doesNotContain("2025");
  }
}
