package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.Test;

/**
 * "El Tribunal de Distrito de Estados Unidos Juez …", an English title order copied into Spanish:
 * the judge's role names the court, not a bare "Juez" (R-es6). A story written for the project.
 */
class SpanishCourtTitleRoleTest {

  @Test
  void aCapitalizedTitleAfterACourtsNameIsThatCourtsJudge() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/fixtures/es-juez-tribunal.txt", "2025-09-03"))
            .briefing();
    Actor judge =
        b.actors().stream().filter(a -> a.name().contains("Quintanilla")).findFirst().orElseThrow();
    assertThat(judge.role().map(Role::text))
        .hasValue("juez del Tribunal de Distrito de Estados Unidos");
    Role role = judge.role().orElseThrow();
    assertThat(b.article().text().substring(role.evidence().start(), role.evidence().end()))
        .isEqualTo("Tribunal de Distrito de Estados Unidos Juez");
  }
}
