package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.junit.jupiter.api.Test;

/**
 * “…,” Oregon's Republican Gov. X posted: a place's possessive before an office names whose office
 * it is, not who spoke, so the person after the title is the speaker (R19 found a briefing with no
 * quotes section where a governor was quoted so).
 */
class PlaceOfficeSpeakerTest {

  @Test
  void theOfficeholderAfterAPlacesPossessiveSpeaks() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/speaker-after-place.txt", "2025-10-10"))
            .briefing();
    assertThat(b.quotes())
        .extracting(Quote::speaker)
        .containsExactly("TJ Halvorsen", "TJ Halvorsen");
  }
}
