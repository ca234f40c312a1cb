package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.junit.jupiter.api.Test;

/**
 * "“…,” the governor wrote on X" after "Texas Gov. Greg Abbott" left the Quotes section empty
 * (issue 16: people quoted, no quotes shown): a speaker described by a title is the one person the
 * article names with that title, and no one when two people share it.
 */
class TitledSpeakerTest {

  private static Briefing brief(String resource) {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article(resource, "2026-05-09"))
        .briefing();
  }

  @Test
  void theGovernorIsTheOnePersonTheArticleCallsGovernor() {
    assertThat(brief("/briefing/speaker-the-governor.txt").quotes())
        .filteredOn(q -> q.text().startsWith("Every child"))
        .extracting(Quote::speaker)
        .containsExactly("Marla Tenney");
  }

  @Test
  void thePresidentIsNoOneWhenTwoPresidentsMeet() {
    assertThat(brief("/briefing/speaker-two-presidents.txt").quotes())
        .filteredOn(q -> q.text().startsWith("We made"))
        .isEmpty();
  }
}
