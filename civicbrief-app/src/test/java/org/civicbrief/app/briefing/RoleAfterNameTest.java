package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * R17 and R18 read bare roles where the article says more: "Judge" for a judge the article places
 * on a named court after her name ("Judge X of the U.S. District Court for …"), and no role for a
 * person the article describes as "a … citizen". The court or place after the name completes the
 * one-word title; a citizen or migrant is the role the article gives.
 */
class RoleAfterNameTest {

  private static Briefing briefing() {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article("/briefing/roles-after-name.txt", "2026-05-12"))
        .briefing();
  }

  private static String role(String surname) {
    return briefing().actors().stream()
        .filter(a -> a.name().endsWith(surname))
        .findFirst()
        .flatMap(Actor::role)
        .map(r -> r.text())
        .orElse("");
  }

  @Test
  void aOneWordTitleTakesTheCourtNamedAfterTheName() {
    assertThat(role("Quillen")).isEqualTo("Judge of the U.S. District Court");
  }

  @Test
  void anAbbreviatedTitleIsSpelledOutBeforeItsPlace() {
    assertThat(role("Warden")).isEqualTo("Governor of Vermont");
  }

  @Test
  void aCitizenIsARoleTheArticleGives() {
    assertThat(role("Beltrez")).isEqualTo("Veltish citizen");
  }
}
