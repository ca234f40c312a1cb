package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.Test;

/**
 * A person the article names without a role, who held an office the officeholders table knows: on a
 * date in office the role is the office "as of" the date; on a date after it, "former" with the day
 * it ended, never the office as if still held (R-series reviews: a former president listed with no
 * role at all).
 */
class FormerOfficeholderTest {

  private static Actor trump(String published) {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/former-officeholder.txt", published))
            .briefing();
    return b.actors().stream()
        .filter(a -> a.kind() == ActorKind.PERSON && a.name().contains("Trump"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void betweenTwoTermsTheRoleIsFormerWithTheDayItEnded() {
    assertThat(trump("2023-06-10").role().map(Role::text))
        .contains("former President of the United States (until January 20, 2021)");
  }

  @Test
  void inOfficeTheRoleIsTheOfficeAsOfTheDate() {
    assertThat(trump("2025-06-14").role().map(Role::text))
        .contains("President of the United States (as of June 14, 2025)");
  }
}
