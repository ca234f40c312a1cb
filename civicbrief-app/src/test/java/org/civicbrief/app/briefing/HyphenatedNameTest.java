package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.Test;

/**
 * "Winsome Earle-Sears" was listed as "Winsome" (R15): the tagger ends a name before a hyphenated
 * surname it does not know. The surname is the name's last word, and "Republican challenger" before
 * the name is the person's role.
 */
class HyphenatedNameTest {

  @Test
  void aHyphenatedSurnameEndsThePersonsName() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/hyphenated-name.txt", "2026-03-06"))
            .briefing();
    assertThat(b.actors())
        .filteredOn(a -> a.kind() == ActorKind.PERSON && a.name().startsWith("Winslow"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Winslow Arcot-Vane");
              assertThat(a.role().map(Role::text).orElse("")).endsWith("challenger");
            });
  }
}
