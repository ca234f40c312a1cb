package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.Test;

/**
 * R17 read "Tempore Mike McGuire" among the key actors, without a role: the tagger's name began
 * with the last word of "Senate President pro Tempore". The person is named without it, and the
 * title is the role.
 */
class TitleTailTest {

  @Test
  void aTitleThatRunsOnPastALowercaseWordIsNoPartOfTheName() {
    var b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/title-tail.txt", "2026-05-02"))
            .briefing();
    Actor dunmore =
        b.actors().stream().filter(a -> a.name().endsWith("McAllister")).findFirst().orElseThrow();
    assertThat(dunmore.name()).isEqualTo("Mike McAllister");
    assertThat(dunmore.role().map(Role::text)).contains("Senate President pro Tempore");
  }
}
