package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * "HARBOR FALLS — The Harbor Transit Authority voted …": the dateline's place in capitals is no
 * person (issue 16 names "HARBOR FALLS —" among the people readers saw; it was still listed, as
 * "HARBOR", and a quiz asked "who voted …?" keyed to it). A transit story written for the project.
 */
class DatelineCapitalsTest {

  @Test
  void aDatelinesPlaceInCapitalsIsNoPerson() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/dateline-capitals.txt", "2025-01-22"))
            .briefing();
    assertThat(b.actors())
        .extracting(Actor::name)
        .doesNotContain("HARBOR", "HARBOR FALLS")
        .contains("Dana Whitlock", "Omar Pell");
    assertThat(b.quiz().questions()).noneMatch(q -> q.answer().contains("HARBOR"));
  }
}
