package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.render.RenderMarkdown;
import org.junit.jupiter.api.Test;

/**
 * A Spanish wire story written for the project (ADR 21): every person gets a role in Spanish, the
 * dateline, the outlet and the base it names are not actors, its subheading is no summary line and
 * its day's event is one timeline entry.
 */
class SpanishActorsTest {

  private static final Briefing BRIEFING =
      SharedPipeline.pipeline()
          .brief(SharedPipeline.article("/fixtures/es-tratado-agua.txt", "2025-10-10"))
          .briefing();

  private static Map<String, String> roles() {
    return BRIEFING.actors().stream()
        .filter(a -> a.role().isPresent())
        .collect(Collectors.toMap(Actor::name, a -> a.role().map(Role::text).orElseThrow()));
  }

  @Test
  void aSittingOfficialTheArticleNamesWithoutARoleGetsTheTablesOfficeInSpanish() {
    assertThat(roles())
        .containsEntry("Marco Rubio", "secretario de Estado (al 10 de octubre de 2025)")
        .containsEntry("Claudia Sheinbaum", "presidenta de México (al 10 de octubre de 2025)");
  }

  @Test
  void theArticlesOwnRoleComesFirst() {
    assertThat(roles()).containsEntry("Américo Villarreal", "gobernador de Tamaulipas");
  }

  @Test
  void aNameAfterDeCompletesANounAndGivesItsPersonNoStance() {
    String text = BRIEFING.article().text();
    for (Actor a : BRIEFING.actors()) {
      a.stance()
          .ifPresent(
              st -> {
                String before = text.substring(0, st.evidence().start()).stripTrailing();
                assertThat(before).as(a.name()).doesNotEndWith(" de").doesNotEndWith(" del");
              });
    }
  }

  @Test
  void aSentenceThatContinuesTheOneBeforeIsNoSummaryLine() {
    assertThat(BRIEFING.summary())
        .extracting(org.civicbrief.core.briefing.BriefItem::text)
        .noneMatch(t -> t.startsWith("Asimismo"));
  }

  @Test
  void datelinesOutletsAndPlacesAreNoActors() {
    assertThat(BRIEFING.actors())
        .extracting(Actor::name)
        .doesNotContain("MONTERREY", "AP", "CNN", "Base Aérea de Santa Lucía");
  }

  @Test
  void theDaysEventToldTwiceByItsWeekdayIsOneTimelineEntry() {
    assertThat(BRIEFING.timeline())
        .extracting(TimelineEvent::date)
        .containsOnlyOnce("2025-10-09")
        .contains("2025-11-01");
  }

  @Test
  void attributionsAndSourceKindsReadInSpanish() {
    String md = new RenderMarkdown().render(BRIEFING);
    assertThat(md).doesNotContain("according to", "(person)", "(official)", "(news outlet)");
  }
}
