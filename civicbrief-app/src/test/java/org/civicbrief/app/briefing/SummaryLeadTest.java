package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.render.RenderMarkdown;
import org.junit.jupiter.api.Test;

/**
 * R17 scored summaries 3.36: the story's main point was only in the dek, and the summary, which a
 * reader reads on its own, opened on secondary material. The summary opens on the lead when the
 * lead states the story, and the page does not show that sentence twice; a subtitle over the story
 * stays the dek.
 */
class SummaryLeadTest {

  private static Briefing brief(String resource) {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article(resource, "2026-03-12"))
        .briefing();
  }

  @Test
  void theSummaryOpensOnTheLeadThatStatesTheStory() {
    Briefing b = brief("/briefing/lead-first.txt");
    assertThat(b.summary()).isNotEmpty();
    assertThat(b.summary().getFirst().text())
        .startsWith("The Marlow County board of supervisors voted 4 to 1 on Monday");
    assertThat(b.summary().getFirst().evidence()).isEqualTo(b.dek().evidence());
  }

  @Test
  void theLeadIsShownOnceOnThePage() {
    Briefing b = brief("/briefing/lead-first.txt");
    String page = new RenderMarkdown().render(b);
    assertThat(b.showsDek()).isFalse();
    // The dek line under the headline is gone; the sentence opens the summary instead.
    assertThat(page)
        .doesNotContain("*The Marlow County board")
        .contains("- The Marlow County board");
  }

  @Test
  void aSubtitleOverADatelinedStoryStaysTheDekAndTheStoryOpensTheSummary() {
    Briefing b = brief("/briefing/subtitle-first.txt");
    assertThat(b.dek().text()).startsWith("Residents said the closures");
    assertThat(b.showsDek()).isTrue();
    assertThat(b.summary()).isNotEmpty();
    assertThat(b.summary().getFirst().text()).startsWith("A state judge on Thursday blocked");
  }

  @Test
  void aLineNamingBySurnameSomeoneTheNextParagraphIntroducesIsASubtitle() {
    Briefing b = brief("/briefing/subtitle-surname.txt");
    assertThat(b.dek().text()).startsWith("Pellman says the road is unsafe");
    assertThat(b.showsDek()).isTrue();
    assertThat(b.summary()).isNotEmpty();
    assertThat(b.summary().getFirst().text()).doesNotStartWith("Pellman says");
  }
}
