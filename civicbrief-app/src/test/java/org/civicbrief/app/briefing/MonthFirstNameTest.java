package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * "U.S. District Judge April M. Ruiz": the tagger takes a month that is a first name for a date.
 * Blind review R8 found a judge listed as "M. Perry" with the role "Judge April".
 */
class MonthFirstNameTest {

  @Test
  void aMonthBetweenATitleAndANameIsTheFirstName() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/month-name.txt", "2025-10-10"))
            .briefing();
    Actor judge =
        b.actors().stream()
            .filter(a -> a.kind() == ActorKind.PERSON && a.name().contains("Ruiz"))
            .findFirst()
            .orElseThrow();
    assertThat(judge.name()).isEqualTo("April M. Ruiz");
    assertThat(judge.role().orElseThrow().text()).doesNotContain("April");
  }
}
