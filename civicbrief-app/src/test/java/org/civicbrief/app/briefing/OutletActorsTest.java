package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * An outlet that only reports the story ("NBC News called the race", "told NBC News") is no actor
 * (R15: "NBC News" among an election's actors); a station the story is about is one.
 */
class OutletActorsTest {

  @Test
  void theReportingOutletIsNoActor() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/outlets.txt", "2026-03-11"))
            .briefing();
    assertThat(b.actors()).extracting(Actor::name).noneMatch(n -> n.contains("NBC"));
  }
}
