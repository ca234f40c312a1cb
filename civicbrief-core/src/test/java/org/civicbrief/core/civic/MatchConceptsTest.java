package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class MatchConceptsTest {

  private final MatchConcepts match = new MatchConcepts(TestCards.ALL);

  private List<String> ids(String text) {
    return match.match(TinyAnnotator.annotate(text)).stream().map(m -> m.card().id()).toList();
  }

  @Test
  void matchesAnAcronymOnlyInCapitals() {
    assertThat(ids("Agents from ICE arrived at the plant on Monday.")).containsExactly("ice");
    assertThat(ids("The ice on the river broke up on Monday.")).isEmpty();
  }

  @Test
  void countsAnAmbiguousArticleNumberOnlyNearItsTreaty() {
    assertThat(ids("The strike breaches Article 2(4) of the UN Charter, the ministry said."))
        .containsExactly("charter-2-4");
    assertThat(ids("Article 2(4) of the lease sets the rent for the farm.")).isEmpty();
  }

  @Test
  void looksForContextInTheNeighbouringSentenceWhenTheRuleAllowsIt() {
    assertThat(ids("The ministry cited the Charter. It pointed to Article 2(4) in particular."))
        .containsExactly("charter-2-4");
  }

  @Test
  void dropsATriggerWhoseSentenceHoldsAnExcludedWord() {
    assertThat(ids("Mexico's National Guard patrolled the northern border.")).isEmpty();
    assertThat(ids("The governor sent the National Guard to the crossing.")).contains("guard");
  }

  @Test
  void readsASpaceAsAnyWhitespaceAndEitherApostropheAsBoth() {
    assertThat(ids("The interstate\u00a0water  compact was signed in 1938.")).contains("compact");
    assertThat(ids("The state’s compact obligations are strict.")).contains("compact");
  }

  @Test
  void doesNotMatchInsideALongerWord() {
    assertThat(ids("The NICE report was published.")).isEmpty();
  }

  @Test
  void givesEvidenceThatPointsAtTheTriggeringText() {
    AnnotatedArticle a =
        TinyAnnotator.annotate("Lawmakers argued.\nThe governor called up the National Guard.");
    ConceptMatch m = match.match(a).getFirst();
    Evidence e = m.evidence().getFirst();
    assertThat(e.sentence()).isEqualTo(1);
    assertThat(e.in(a.text())).isEqualTo("National Guard");
    assertThat(m.sentences()).containsExactly(1);
  }

  @Test
  void ranksAConceptInTheHeadlineAboveOneMentionedOnceLater() {
    String text =
        "Governor Sends National Guard to Border\n"
            + "The governor activated troops on Monday.\n"
            + "Officials said the deployment would last a month.\n"
            + "Agents from ICE were not involved, a spokesperson said.";
    assertThat(ids(text)).containsExactly("guard", "ice");
  }

  @Test
  void ranksBySentenceCountWhenPositionIsEqual() {
    String text =
        "Officials met on Monday.\n"
            + "The ICE office opened. ICE agents arrived. The National Guard stayed home.";
    assertThat(ids(text)).containsExactly("ice", "guard");
  }

  @Test
  void ranksAConceptTheStoryNamesAboveOneItOnlyEvokesMoreOften() {
    String text =
        "Officials met on Monday.\n"
            + "The interstate compact was discussed. The water compact was discussed again.\n"
            + "The National Guard stayed home.";
    assertThat(ids(text)).containsExactly("guard", "compact");
  }

  @Test
  void doesNotCountAnAffiliationAsNamingTheAgency() {
    double affiliation = score("A former ICE agent spoke on Monday.");
    double named = score("ICE raided the plant on Monday.");
    assertThat(named).isGreaterThan(2 * affiliation);
  }

  @Test
  void doesNotCountASituationAsNamingTheLawItFallsUnder() {
    ConceptCard card =
        TestCards.card(
            "war-law",
            "War Law",
            List.of(
                Trigger.of("War Law"),
                new Trigger(
                    "without a vote (?:of|in) the U\\.S\\. Congress",
                    false,
                    Optional.empty(),
                    Optional.of("force used abroad without a vote of Congress"))),
            List.of());
    MatchConcepts matcher = new MatchConcepts(List.of(card));
    // "U.S. Congress" has the capitals of a name, but the span describes what the law governs:
    // a story that names the law is more about it than one that only fits it.
    double situation =
        matcher
            .match(TinyAnnotator.annotate("Jets struck without a vote of the U.S. Congress."))
            .getFirst()
            .score();
    double named =
        matcher.match(TinyAnnotator.annotate("Jets struck under the War Law.")).getFirst().score();
    assertThat(named).isGreaterThan(2 * situation);
    assertThat(card.situations()).containsExactly("force used abroad without a vote of Congress");
  }

  @Test
  void listsTheSituationSpansInTextOrderSoABriefingsBytesNeverChange() {
    ConceptCard card =
        TestCards.card(
            "war-law",
            "War Law",
            List.of(
                new Trigger(
                    "without a vote of Congress",
                    false,
                    Optional.empty(),
                    Optional.of("force used abroad without a vote of Congress"))),
            List.of());
    StringBuilder text = new StringBuilder("Strikes\n");
    for (int i = 0; i < 12; i++) {
      text.append("Jets struck target ").append(i).append(" without a vote of Congress. ");
    }
    ConceptMatch m =
        new MatchConcepts(List.of(card)).match(TinyAnnotator.annotate(text.toString())).getFirst();
    assertThat(m.situations()).hasSize(12);
    assertThat(List.copyOf(m.situations().keySet())).isSorted();
    // A hash map's order changes from one JVM to the next and can happen to be sorted in one:
    // only a sorted map keeps it so in every run.
    assertThat(m.situations()).isInstanceOf(java.util.SortedMap.class);
  }

  private double score(String text) {
    return match.match(TinyAnnotator.annotate(text)).getFirst().score();
  }

  @Test
  void givesTheSameOrderEveryTime() {
    String text = "The National Guard and ICE met at the interstate compact office.";
    assertThat(ids(text)).isEqualTo(ids(text)).hasSize(3);
  }
}
