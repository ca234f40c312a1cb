package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.render.RenderMarkdown;
import org.junit.jupiter.api.Test;

/** A Spanish article, written for the project, is briefed in Spanish with evidence (ADR 21). */
class SpanishBriefingTest {

  private static final Briefing BRIEFING =
      SharedPipeline.pipeline()
          .brief(SharedPipeline.article("/fixtures/es-puerto-sereno.txt", "2025-02-06"))
          .briefing();

  @Test
  void readsTheArticleAsSpanish() {
    assertThat(BRIEFING.article().language()).isEqualTo("es");
    assertThat(BRIEFING.summary()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void givesEachPersonTheRoleTheArticleStatesInSpanishWordOrder() {
    Map<String, String> roles =
        BRIEFING.actors().stream()
            .filter(a -> a.role().isPresent())
            .collect(Collectors.toMap(Actor::name, a -> a.role().map(Role::text).orElseThrow()));
    assertThat(roles)
        .containsEntry("Marta Quiroga", "gobernadora de Valle Alto")
        .containsEntry("Andrés Villalba", "alcalde de Puerto Sereno")
        .containsEntry("Elena Ríos", "presidenta de la comisión de presupuesto");
  }

  @Test
  void attributesQuotesInCurlyAndAngleQuotesToTheirSpeakers() {
    Map<String, String> speakers =
        BRIEFING.quotes().stream().collect(Collectors.toMap(Quote::text, Quote::speaker));
    assertThat(speakers)
        .containsEntry(
            "Ninguna familia de Puerto Sereno debería pasar otro verano sin agua en el grifo",
            "Marta Quiroga")
        .containsEntry(
            "Es un buen comienzo, pero vigilaremos que el dinero llegue a las colonias que más lo"
                + " necesitan",
            "Andrés Villalba");
    assertThat(BRIEFING.quotes()).allMatch(q -> q.verb().isPresent());
  }

  @Test
  void aQuotationTheArticleAttributesToADocumentIsNoOnesQuote() {
    Briefing decree =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/fixtures/es-decreto.txt", "2025-03-06"))
            .briefing();
    assertThat(decree.quotes()).extracting(Quote::speaker).containsExactly("Tomás Ibarra");
  }

  @Test
  void datesSpanishExpressionsAgainstThePublicationDate() {
    Map<String, String> dates =
        BRIEFING.timeline().stream()
            .collect(Collectors.toMap(e -> e.dateText().strip(), TimelineEvent::date, (x, y) -> x));
    // Published on Thursday 6 February 2025: "el martes" is the 4th, "el próximo lunes" the 10th.
    assertThat(dates.values()).contains("2025-01-20", "2025-02-04", "2025-02-10");
  }

  @Test
  void writesAtLeastThreeSpanishQuestionsEachWithItsEvidence() {
    var questions = BRIEFING.quiz().questions();
    assertThat(questions).hasSizeGreaterThanOrEqualTo(3);
    String text = BRIEFING.article().text();
    for (Question q : questions) {
      assertThat(q.stem()).doesNotContain("True or false", "Fill in the blank", "Who said");
      assertThat(q.explanation()).doesNotContain("The article");
      assertThat(q.evidence().end()).isLessThanOrEqualTo(text.length());
      if (q.kind() == QuestionKind.WHO_SAID) {
        assertThat(q.stem()).startsWith("¿Quién dijo “");
      }
    }
  }

  @Test
  void rendersSpanishLabels() {
    String md = new RenderMarkdown().render(BRIEFING);
    assertThat(md).contains("## Resumen", "## Actores clave", "## Citas", "## Cronología");
    assertThat(md).doesNotContain("## Summary", "## Key actors");
  }
}
