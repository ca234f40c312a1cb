package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * A Spanish article written for the project (a governor signs a water law; an opposition senator
 * answers): R-es3's briefing defects, each a general rule.
 */
class SpanishRoundThreeTest {

  private static final Briefing BRIEFING =
      SharedPipeline.pipeline()
          .brief(SharedPipeline.article("/fixtures/es-ley-aguas.txt", "2025-11-14"))
          .briefing();

  @Test
  void aDayTheArticleNamesIsAnExactTimelineDateAndAVagueTimeStaysApproximate() {
    // "firmó el jueves" in Friday's paper is Thursday the 13th; "a partir del 1 de febrero" is
    // ahead
    // of a November article, so next year's. Neither is "(aprox.)".
    assertThat(BRIEFING.timeline())
        .filteredOn(e -> e.date().equals("2025-11-13") || e.date().equals("2026-02-01"))
        .hasSize(2)
        .noneMatch(TimelineEvent::approximate);
  }

  @Test
  void aStatementWithAGroupsSideHasItsFalseTwin() {
    // "Una mayoría conservadora del tribunal … bloqueó …": "liberal" is false by the article.
    assertThat(BRIEFING.quiz().questions())
        .anySatisfy(
            q -> {
              assertThat(q.stem()).contains("Una mayoría liberal del tribunal");
              assertThat(q.answer()).isEqualTo("Falso");
            });
  }

  @Test
  void thePlaceATitleIsOfIsNoPerson() {
    // "El gobernador demócrata de Nuevo Castillo, Tomás Ferrer": the tagger reads a person there.
    assertThat(BRIEFING.actors()).extracting(Actor::name).doesNotContain("Nuevo Castillo");
    assertThat(BRIEFING.quiz().questions())
        .allSatisfy(q -> assertThat(q.options()).noneMatch(o -> o.contains("Castillo")));
  }
}
