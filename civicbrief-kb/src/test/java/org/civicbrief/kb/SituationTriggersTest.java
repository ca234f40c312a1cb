package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.TinyAnnotator;
import org.civicbrief.core.civic.Trigger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The civic situations cards recognise when a story describes what a law governs without naming it
 * (issue 17), checked on sentences written for the project in other words than the cards' own
 * examples: each must be found by the card's situation triggers alone, and each look-alike must not
 * be.
 */
class SituationTriggersTest {

  private static Map<String, ConceptCard> cards;

  @BeforeAll
  static void load() {
    cards =
        new LoadCards()
            .load().stream().collect(java.util.stream.Collectors.toMap(ConceptCard::id, c -> c));
  }

  /** The card with its situation triggers only: its name triggers must not decide these tests. */
  private static ConceptCard situationsOnly(ConceptCard c, List<Trigger> triggers) {
    return new ConceptCard(
        c.id(),
        c.name(),
        c.aliases(),
        c.category(),
        c.gloss(),
        c.explanation(),
        c.source(),
        triggers,
        c.related(),
        c.committees(),
        c.quizFacts());
  }

  private static boolean situationFound(String cardId, String sentence) {
    ConceptCard card = cards.get(cardId);
    List<Trigger> situations =
        card.triggers().stream().filter(Trigger::describesSituation).toList();
    assertThat(situations).as("%s has situation triggers", cardId).isNotEmpty();
    return !new MatchConcepts(List.of(situationsOnly(card, situations)))
        .match(TinyAnnotator.annotate(sentence))
        .isEmpty();
  }

  record Case(String card, String sentence) {}

  static Stream<Named<Case>> situations() {
    return Stream.of(
            new Case(
                "war-powers-resolution",
                "The drone strikes went ahead without a vote of Congress, and the House has not"
                    + " debated them."),
            new Case(
                "war-powers-resolution",
                "Critics noted that Congress has not authorized military action against the"
                    + " cartel camps."),
            new Case(
                "war-powers-resolution",
                "Lawmakers questioned the lawfulness of the drone campaign against the militia's"
                    + " camps."),
            new Case(
                "ieepa",
                "Citing emergency powers, the president raised tariffs on steel from two allies."),
            new Case(
                "ieepa",
                "The court weighed whether declaring an emergency lets him impose tariffs."),
            new Case(
                "title-10-federalization",
                "Soldiers from the state's National Guard patrolled the port over the objections of"
                    + " Gov. Ana Ruiz."),
            new Case(
                "title-10-federalization",
                "The defense secretary said the department would take command of the Oregon"
                    + " National Guard."),
            new Case(
                "removal-power",
                "The president fired a Democratic member of the National Labor Relations Board last"
                    + " week."),
            new Case(
                "removal-power",
                "The lawsuit says the White House cannot oust the commissioner of an independent"
                    + " agency at will."),
            new Case(
                "executive-order",
                "A federal judge in Boston blocked the administration's directive cutting research"
                    + " grants."),
            new Case(
                "executive-order",
                "The justices left in place the lower court's ruling that halted the presidential"
                    + " proclamation."),
            new Case(
                "government-shutdown",
                "If federal funding runs out at midnight, national parks will close their gates."),
            new Case(
                "government-shutdown",
                "Democrats refused to supply the votes to reopen the government without a deal on"
                    + " health care."),
            new Case(
                "impoundment-control-act",
                "The administration has delayed the release of grants Congress appropriated for"
                    + " flood defenses."),
            new Case(
                "filibuster",
                "The bill fell short of the 60 votes it needed as three senators voted no."),
            new Case(
                "alien-enemies-act",
                "The men were flown out under a centuries-old wartime statute the government"
                    + " invoked against the gang."),
            new Case(
                "fed-governor-removal",
                "The White House tried to oust a sitting Fed governor weeks before the rate"
                    + " decision."),
            // Spanish cues (issue 17): the same situations in Spanish-language news.
            new Case(
                "title-10-federalization",
                "Soldados de la Guardia Nacional patrullaron el puerto sin el consentimiento del"
                    + " gobernador."),
            new Case(
                "war-powers-resolution",
                "El ataque militar contra las lanchas se lanzó sin votación del Congreso."),
            new Case(
                "executive-order",
                "Una jueza federal suspendió el decreto presidencial sobre los visados."),
            new Case(
                "fed-governor-removal",
                "La Casa Blanca quiso despedir a un gobernador de la Reserva Federal antes de la"
                    + " reunión."))
        .map(c -> Named.of(c.card() + ": " + c.sentence(), c));
  }

  static Stream<Named<Case>> lookAlikes() {
    return Stream.of(
            new Case(
                "war-powers-resolution",
                "The museum opened without a vote of Congress on its funding."),
            new Case(
                "war-powers-resolution",
                "Prosecutors questioned the legality of the police raid on the warehouse, where"
                    + " troops had once been stationed."),
            new Case(
                "ieepa",
                "After the county's emergency declaration for the flood, tariffs on pumps were waived."),
            new Case(
                "ieepa",
                "Tariffs on generators rose in the weeks after the state declared a storm emergency."),
            new Case(
                "title-10-federalization",
                "The sheriff took command of the guard detail at the courthouse."),
            new Case(
                "title-10-federalization",
                "The budget passed over the objections of the governor, who had vowed a veto."),
            new Case(
                "removal-power",
                "The governor fired the state's insurance commissioner after the audit."),
            new Case(
                "removal-power",
                "Fed officials plan to remove the commissioner's portrait from the lobby of the"
                    + " museum."),
            new Case(
                "executive-order",
                "The judge blocked the company's order to cut prices at its Trump Tower shop."),
            new Case(
                "government-shutdown",
                "Interns at the startup worked without pay through the summer."),
            new Case(
                "impoundment-control-act",
                "The highway was paved with money Congress approved a decade ago."),
            new Case(
                "filibuster", "The student council measure needed 60 votes to pass and got 71."),
            new Case(
                "alien-enemies-act",
                "Historians restored an 18th-century wartime declaration found in the archive."),
            // The wrong neighbour (R16): a Fed governor's removal is the Federal Reserve Act's
            // for-cause rule, not the independent-agency cases the removal-power card cites.
            new Case(
                "removal-power",
                "The president moved to oust a Federal Reserve governor over her mortgage filings."),
            new Case(
                "title-10-federalization",
                "El presupuesto salió adelante sin el consentimiento del gobernador, que lo había"
                    + " vetado."),
            new Case("filibuster", "El concurso exige 60 votos del jurado para pasar a la final."))
        .map(c -> Named.of(c.card() + ": " + c.sentence(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void findsTheSituationTheCardGoverns(Case c) {
    assertThat(situationFound(c.card(), c.sentence())).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookAlikes")
  void leavesALookAlikeAlone(Case c) {
    assertThat(situationFound(c.card(), c.sentence())).isFalse();
  }

  @Test
  void everySituationTriggerIsShownByOneOfItsCardsExamples() {
    for (CardFile f : new LoadCards().bundledFiles()) {
      ConceptCard card = f.card();
      for (Trigger t : card.triggers()) {
        if (!t.describesSituation()) {
          continue;
        }
        ConceptCard alone = situationsOnly(card, List.of(t));
        boolean shown =
            f.match().stream()
                .anyMatch(
                    s ->
                        !new MatchConcepts(List.of(alone))
                            .match(TinyAnnotator.annotate(s))
                            .isEmpty());
        assertThat(shown)
            .as("%s: no match example shows the situation trigger '%s'", card.id(), t.pattern())
            .isTrue();
      }
    }
  }
}
