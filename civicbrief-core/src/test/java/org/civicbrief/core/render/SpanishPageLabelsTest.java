package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.SourceKind;
import org.civicbrief.core.briefing.SourceRef;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.civic.ActionItem;
import org.civicbrief.core.civic.ActionKind;
import org.civicbrief.core.civic.Category;
import org.civicbrief.core.civic.Citation;
import org.civicbrief.core.civic.CitationKind;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.civic.PrimarySource;
import org.civicbrief.core.civic.QuizFact;
import org.civicbrief.core.civic.StatementKind;
import org.civicbrief.core.civic.Trigger;
import org.junit.jupiter.api.Test;

/**
 * A Spanish briefing's page and Markdown say everything around the article's words in Spanish
 * (R-es4: English labels on Spanish pages and exports): the evidence tips, the actor cards, the
 * sources, the cited laws and the colophon.
 */
class SpanishPageLabelsTest {

  private static final String TEXT =
      """
      Valle Hondo cierra el puente de la calle Molino

      El concejo de Valle Hondo votó el martes cerrar el puente de la calle Molino a los coches. \
      La alcaldesa Inés Vidal dijo que el cierre durará hasta que terminen las reparaciones. Vidal \
      firmó la orden según la Ley 12 de Obras Locales.""";

  private static Evidence at(int sentence, String fragment) {
    int start = TEXT.indexOf(fragment);
    return new Evidence(sentence, start, start + fragment.length());
  }

  private static Briefing briefing() {
    String vote =
        "El concejo de Valle Hondo votó el martes cerrar el puente de la calle Molino a los coches.";
    String said =
        "La alcaldesa Inés Vidal dijo que el cierre durará hasta que terminen las reparaciones.";
    String signed = "Vidal firmó la orden según la Ley 12 de Obras Locales.";
    Article article =
        new Article(
            TEXT,
            Optional.of("Valle Hondo cierra el puente de la calle Molino"),
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.of(2025, 5, 14)),
            Optional.empty(),
            Optional.of("https://diario.example/valle-hondo/puente"),
            "es",
            "puente.txt");
    Actor vidal =
        new Actor(
            "a1",
            "Inés Vidal",
            ActorKind.PERSON,
            Optional.of(new Role("alcaldesa", at(2, "alcaldesa"))),
            2,
            List.of(),
            Optional.of(new BriefItem(said, at(2, said), List.of(), false)),
            at(2, "Inés Vidal"),
            List.of("Vidal"));
    LegalCitation law =
        new LegalCitation(
            CitationKind.ACT_SECTION,
            "Ley 12 de Obras Locales",
            "act/obras-locales",
            Optional.of("https://leyes.example/obras-locales"),
            at(3, "Ley 12 de Obras Locales"),
            Optional.empty());
    ConceptCard card =
        new ConceptCard(
            "obras",
            "Local Works Act",
            List.of(),
            Category.LAW,
            "a law written for this test",
            "A law written for this test. It has no force anywhere.",
            new PrimarySource("Local Works Act text", "https://leyes.example/obras-locales"),
            List.of(Trigger.of("Obras Locales")),
            List.of(),
            List.of(),
            List.of(
                new QuizFact(
                    "Which council votes on it?",
                    "The town council",
                    List.of("A court", "The state", "Nobody"))));
    BriefItem lead = new BriefItem(vote, at(1, vote), List.of(), false);
    return TestBriefing.of(article, new Headline(vote, Optional.of(at(1, vote))), lead)
        .summary(List.of(lead, new BriefItem(said, at(2, said), List.of(), false)))
        .actors(List.of(vidal))
        .sources(
            List.of(
                new SourceRef(
                    "Inés Vidal", SourceKind.PERSON, Optional.empty(), List.of(at(2, "Vidal")))))
        .whyItMatters(
            List.of(
                new ContextItem(
                    "“" + signed + "” Ese hecho pone en juego una ley local.",
                    at(3, signed),
                    new Citation("obras", "Ley de Obras Locales", "https://leyes.example/obras"),
                    StatementKind.REPORTING,
                    List.of(law))))
        .whatYouCanDo(
            List.of(
                new ActionItem(
                    ActionKind.READ_PRIMARY_SOURCE,
                    "Lea el texto original.",
                    "https://leyes.example/obras",
                    "obras")))
        .concepts(List.of(new ConceptMatch(card, 1.0, List.of(at(3, "Obras Locales")), Map.of())))
        .legalCitations(List.of(law))
        .build();
  }

  @Test
  void theSpanishPageShowsNoEnglishLabelAroundTheArticlesWords() {
    String html = new RenderHtml().render(briefing());
    assertThat(html)
        .contains(">Persona<")
        .contains("Postura: ")
        .contains("Aparece 2 veces, también como Vidal")
        .contains("Fuente: ")
        .contains("oración 2")
        .contains("Mostrarla en el artículo")
        .contains(">Abrir<")
        .contains("Citado en el artículo: ")
        .contains("Leyes y casos citados")
        .contains("El artículo original")
        .contains("Hecho con civicbrief");
    assertThat(html)
        .doesNotContain(">Person<")
        .doesNotContain("Stance")
        .doesNotContain("Mentioned")
        .doesNotContain("Source: ")
        .doesNotContain("sentence 2")
        .doesNotContain("Show it in the article")
        .doesNotContain(">Open<")
        .doesNotContain("Cited in the article")
        .doesNotContain("Laws and cases cited")
        .doesNotContain("The original article")
        .doesNotContain("Made by")
        // The card's English name, gloss and explanation: the Spanish line above says it.
        .doesNotContain("a law written for this test");
  }

  @Test
  void theSpanishMarkdownNamesItsCitedLawsAndSourcesInSpanish() {
    String md = new RenderMarkdown().render(briefing());
    assertThat(md)
        .contains("## Leyes y casos citados")
        .contains("Citado en el artículo: ")
        .contains("El artículo original")
        .doesNotContain("Laws and cases cited")
        .doesNotContain("Cited in the article")
        .doesNotContain("The original article");
  }
}
