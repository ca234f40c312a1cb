package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.Test;

/**
 * "Fox News host Sean Hannity": a media title before a name is the person's role (R15: the host
 * listed with none), but the verb in "will host council member Tom Ortiz" is not.
 */
class MediaTitleTest {

  private static Actor person(Briefing b, String surname) {
    return b.actors().stream()
        .filter(a -> a.kind() == ActorKind.PERSON && a.name().contains(surname))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMediaTitleBeforeANameIsARoleAndTheVerbIsNot() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/media-host.txt", "2026-03-06"))
            .briefing();
    assertThat(person(b, "Lee").role().map(Role::text).orElse("")).endsWith("host");
    assertThat(person(b, "Ortiz").role().map(Role::text).orElse("")).doesNotContain("host");
  }
}
