package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/** "the Fed" and "the Federal Reserve" are one actor (R15: listed twice), the FOMC another. */
class ShortFormTest {

  @Test
  void aShortFormIsTheBodyItShortensAndNoLongerName() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/short-form.txt", "2026-03-18"))
            .briefing();
    assertThat(b.actors())
        .filteredOn(a -> a.kind() == ActorKind.ORGANIZATION)
        .extracting(Actor::name)
        .contains("Federal Reserve")
        .doesNotContain("Fed");
    assertThat(b.actors())
        .filteredOn(a -> a.name().equals("Federal Open Market Committee"))
        .allMatch(a -> !a.aliases().contains("Fed"));
  }
}
