package org.civicbrief.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.junit.jupiter.api.Test;

/** Quotes go to the person who said them, not to the nearest name. */
class QuoteSpeakersTest {

  @Test
  void aPronounAfterAnInterviewGoesToTheSpeakerNotToTheInterviewer() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/fixtures/radio-interview.txt", "2025-06-05"))
            .briefing();
    Quote wall =
        b.quotes().stream()
            .filter(q -> q.text().contains("finish the wall"))
            .findFirst()
            .orElseThrow();
    assertThat(wall.speaker()).isEqualTo("John Hale");
  }
}
