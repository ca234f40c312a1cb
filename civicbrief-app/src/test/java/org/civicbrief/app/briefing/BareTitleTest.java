package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.Test;

/**
 * R17 read bare roles, "Gov." and "Judge", where the article or the officeholders table says more:
 * the first title stated wins only when it is more than one word; a later, fuller form of the same
 * title ("U.S. District Judge") or the office the table knows ("Governor of Florida") replaces it.
 */
class BareTitleTest {

  private static Actor person(String surname) {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/bare-titles.txt", "2026-03-03"))
            .briefing();
    return b.actors().stream().filter(a -> a.name().endsWith(surname)).findFirst().orElseThrow();
  }

  @Test
  void aLaterFullerTitleReplacesABareOne() {
    assertThat(person("Keane").role().map(Role::text)).contains("U.S. District Judge");
  }

  @Test
  void theTableGivesABareTitleItsJurisdiction() {
    assertThat(person("DeSantis").role().map(Role::text))
        .contains("Governor of Florida (as of March 3, 2026)");
  }
}
