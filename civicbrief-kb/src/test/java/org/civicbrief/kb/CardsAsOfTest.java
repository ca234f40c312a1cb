package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.ExplainContext;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.SpanishCard;
import org.civicbrief.core.civic.SpanishContext;
import org.civicbrief.core.civic.TinyAnnotator;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled cards read beside articles written before a ruling, a law or a vote they tell of
 * (R19): the briefing shows what held on the article's date, or leaves the card out. Sentences
 * written for the project.
 */
class CardsAsOfTest {

  private static MatchConcepts match;
  private static Map<String, SpanishCard> spanish;

  @BeforeAll
  static void load() {
    LoadCards loader = new LoadCards();
    match = new MatchConcepts(loader.load());
    spanish = loader.loadSpanish();
  }

  private static AnnotatedArticle dated(String text, LocalDate published) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    return new AnnotatedArticle(a.article().withPublished(published), a.sentences(), List.of());
  }

  private static Optional<ConceptCard> card(AnnotatedArticle a, String id) {
    return match.match(a).stream()
        .map(ConceptMatch::card)
        .filter(c -> c.id().equals(id))
        .findFirst();
  }

  private static CivicContext explain(AnnotatedArticle a) {
    return new ExplainContext().explain(a, match.match(a), new ClassifyStatements().classify(a));
  }

  private static String whyText(CivicContext c) {
    return String.join("\n", c.whyItMatters().stream().map(ContextItem::text).toList());
  }

  @Test
  void anImmunityStoryWrittenBeforeTheRulingIsNotToldTheRuling() {
    AnnotatedArticle a =
        dated(
            "The justices heard arguments on whether a former president is immune from criminal"
                + " prosecution for official acts.",
            LocalDate.of(2024, 4, 25));
    ConceptCard c = card(a, "presidential-immunity").orElseThrow();
    assertThat(c.explanation()).doesNotContain("July 1, 2024").contains("had not been decided");
    assertThat(c.quizFacts()).noneMatch(f -> f.question().contains("Trump v. United States"));
    assertThat(whyText(explain(a))).doesNotContain("held that a former President");
  }

  @Test
  void anImmunityStoryWrittenBeforeTheRulingCitesTheCaseItsTextTellsOf() {
    AnnotatedArticle before =
        dated(
            "The justices heard arguments on whether a former president is immune from criminal"
                + " prosecution for official acts.",
            LocalDate.of(2024, 4, 25));
    ConceptCard c = card(before, "presidential-immunity").orElseThrow();
    assertThat(c.explanation()).contains("Nixon v. Fitzgerald");
    assertThat(c.source().title()).contains("Nixon v. Fitzgerald");
    assertThat(explain(before).whyItMatters())
        .allSatisfy(i -> assertThat(i.citation().title()).doesNotContain("Trump v. United States"));
    AnnotatedArticle after =
        dated(
            "The justices ruled on whether a former president is immune from criminal prosecution"
                + " for official acts.",
            LocalDate.of(2024, 7, 2));
    assertThat(card(after, "presidential-immunity").orElseThrow().source().title())
        .contains("Trump v. United States");
  }

  @Test
  void theSameStoryWrittenAfterTheRulingIsToldIt() {
    AnnotatedArticle a =
        dated(
            "The justices ruled on whether a former president is immune from criminal prosecution"
                + " for official acts.",
            LocalDate.of(2024, 7, 2));
    assertThat(card(a, "presidential-immunity").orElseThrow().explanation())
        .contains("decided on July 1, 2024");
  }

  @Test
  void aBallotMeasureBeforeItsVoteIsNotDescribedAsInForce() {
    AnnotatedArticle a =
        dated(
            "California voters will decide Proposition 50, the redistricting measure, in a special"
                + " election in November.",
            LocalDate.of(2025, 9, 15));
    ConceptCard c = card(a, "california-proposition-50").orElseThrow();
    assertThat(c.gloss()).contains("would let").doesNotContain("amendment that lets");
    assertThat(c.explanation()).doesNotContain("voters approved it");
    CivicContext why = explain(a);
    assertThat(why.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .contains("california-proposition-50");
    assertThat(whyText(why)).doesNotContain("voters approved it").doesNotContain(" lets ");
  }

  @Test
  void aRulingsSentenceIsLeftOutOfACardBesideAStoryFromBeforeIt() {
    AnnotatedArticle a =
        dated(
            "Colorado voters asked the court to keep the candidate off the ballot under the 14th"
                + " Amendment's insurrection clause.",
            LocalDate.of(2024, 2, 8));
    ConceptCard c = card(a, "fourteenth-amendment-section-3").orElseThrow();
    assertThat(c.explanation()).doesNotContain("Trump v. Anderson").contains("ratified in 1868");
    assertThat(c.quizFacts()).noneMatch(f -> f.answer().contains("Trump v. Anderson"));
  }

  @Test
  void aCardOnADecisionIsLeftOutBeforeTheDecision() {
    AnnotatedArticle a =
        dated(
            "The justices will hear Loper Bright Enterprises v. Raimondo, a challenge to Chevron"
                + " deference, in January.",
            LocalDate.of(2023, 12, 1));
    assertThat(card(a, "loper-bright")).isEmpty();
  }

  @Test
  void aSpanishStoryBeforeTheOrderIsNotToldOfTheOrder() {
    AnnotatedArticle a =
        dated(
            "Los abogados impugnaron en los tribunales la ciudadanía por nacimiento de algunos"
                + " hijos de padres no ciudadanos.",
            LocalDate.of(2025, 1, 10));
    CivicContext english = explain(a);
    CivicContext es =
        new SpanishContext(spanish).translate(english, a.text(), a.article().published());
    assertThat(es.whyItMatters()).isNotEmpty();
    assertThat(whyText(es)).doesNotContain("orden ejecutiva de 2025");
  }
}
