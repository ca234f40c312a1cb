package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * "United States District Judge Allison D. Burroughs hands Millbrook College a win": a person named
 * once in full, then "she", is an actor, though the tagger reads "hands" as a plural noun after her
 * name (R18 left the deciding judge out); "a Reagan appointee" is still context only.
 */
class NamedOnceJudgeTest {

  @Test
  void aTitledNameBeforeAMisreadVerbIsAnActor() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/named-once-judge.txt", "2025-09-03"))
            .briefing();
    assertThat(b.actors()).extracting(Actor::name).contains("Allison D. Burroughs");
    assertThat(b.actors()).extracting(Actor::name).doesNotContain("Reagan");
  }
}
