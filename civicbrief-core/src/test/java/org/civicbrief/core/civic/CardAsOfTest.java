package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A card read as of an article's date: what held only later is not shown (R19). */
class CardAsOfTest {

  private static final PrimarySource DOCKET =
      new PrimarySource(
          "Rell v. Ostrow, No. 30-101, decided March 3, 2031",
          "https://www.supremecourt.gov/docket/docketfiles/html/public/30-101.html");

  private static final QuizFact RULING =
      new QuizFact(
          "Which case held that counties have standing to sue?",
          "Rell v. Ostrow",
          List.of("Ostrow v. Kane", "Kane v. Rell", "Dunn v. Ostrow"));

  private static ConceptCard card(String gloss, String explanation, List<CardHolds> holds) {
    return new ConceptCard(
        "county-standing",
        "County standing",
        List.of(),
        Category.PROCESS,
        gloss,
        explanation,
        new PrimarySource("Article III", "https://www.law.cornell.edu/constitution/articleiii"),
        List.of(Trigger.of("standing")),
        List.of(),
        List.of(),
        List.of(TestCards.FACT, RULING),
        holds);
  }

  private static final String EXPLANATION =
      "A county may sue only over an injury of its own. In Rell v. Ostrow the high court held that"
          + " counties have standing to sue over lost tax revenue. Courts weigh each claim apart.";

  private static CardHolds marked(String... text) {
    return new CardHolds(
        LocalDate.of(2031, 3, 3),
        "decided",
        DOCKET,
        List.of(text),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aSentenceThatHoldsOnlyFromALaterDayIsLeftOutWithItsQuestion() {
    ConceptCard c =
        card("the rule on when a county may sue", EXPLANATION, List.of(marked("Rell v. Ostrow")));
    ConceptCard before = c.asOf(LocalDate.of(2030, 5, 1)).orElseThrow();
    assertThat(before.explanation())
        .isEqualTo(
            "A county may sue only over an injury of its own. Courts weigh each claim apart.");
    assertThat(before.quizFacts()).containsExactly(TestCards.FACT);
    assertThat(c.asOf(LocalDate.of(2031, 3, 3))).contains(c);
  }

  @Test
  void theTextTrueBeforeStandsInForTheMarkedText() {
    CardHolds holds =
        new CardHolds(
            LocalDate.of(2031, 3, 3),
            "decided",
            DOCKET,
            List.of("Rell v. Ostrow", "limited in 2031"),
            Optional.of("the rule on when a county may sue"),
            Optional.of(
                "Whether counties may sue over lost tax revenue is before the high court."));
    ConceptCard c =
        card("the rule on when a county may sue, limited in 2031", EXPLANATION, List.of(holds));
    ConceptCard before = c.asOf(LocalDate.of(2030, 5, 1)).orElseThrow();
    assertThat(before.gloss()).isEqualTo("the rule on when a county may sue");
    assertThat(before.explanation())
        .isEqualTo(
            "A county may sue only over an injury of its own. Whether counties may sue over lost"
                + " tax revenue is before the high court. Courts weigh each claim apart.");
  }

  @Test
  void aCardWhoseGlossHoldsOnlyLaterIsLeftOutWithoutEarlierText() {
    ConceptCard c =
        card("the rule the high court set in Rell v. Ostrow", EXPLANATION, List.of(marked("Rell")));
    assertThat(c.asOf(LocalDate.of(2030, 5, 1))).isEmpty();
  }

  @Test
  void aWholeCardIsReplacedByItsEarlierTextOrLeftOut() {
    CardHolds whole =
        new CardHolds(
            LocalDate.of(2031, 3, 3),
            "decided",
            DOCKET,
            List.of(),
            Optional.of("the question of when a county may sue"),
            Optional.of(
                "Whether counties may sue over lost tax revenue is before the high court."));
    ConceptCard c = card("the rule on when a county may sue", EXPLANATION, List.of(whole));
    ConceptCard before = c.asOf(LocalDate.of(2030, 5, 1)).orElseThrow();
    assertThat(before.gloss()).isEqualTo("the question of when a county may sue");
    assertThat(before.explanation()).doesNotContain("Rell v. Ostrow");
    assertThat(before.quizFacts()).isEmpty();
    CardHolds bare =
        new CardHolds(
            LocalDate.of(2031, 3, 3),
            "decided",
            DOCKET,
            List.of(),
            Optional.empty(),
            Optional.empty());
    assertThat(card("the rule", EXPLANATION, List.of(bare)).asOf(LocalDate.of(2030, 5, 1)))
        .isEmpty();
  }

  @Test
  void theSpanishTextLeavesOutWhatTheSameMarksHoldOnlyLater() {
    SpanishCard es =
        new SpanishCard(
            "county-standing",
            "Legitimación de los condados",
            "la regla sobre cuándo un condado puede demandar",
            "Un condado solo puede demandar por un daño propio. En Rell v. Ostrow la corte sostuvo"
                + " que los condados pueden demandar por impuestos perdidos.",
            "Artículo III",
            List.of(TestCards.FACT));
    List<CardHolds> holds = List.of(marked("Rell v. Ostrow"));
    assertThat(es.asOf(holds, LocalDate.of(2030, 5, 1)).orElseThrow().explanation())
        .isEqualTo("Un condado solo puede demandar por un daño propio.");
    assertThat(es.asOf(holds, LocalDate.of(2031, 4, 1))).contains(es);
  }
}
