package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReasonsTest {

  private static ConceptCard card(String explanation) {
    return new ConceptCard(
        "standing-test",
        "Standing to sue",
        List.of(),
        Category.PROCESS,
        "the rule that only a plaintiff with a concrete injury may bring a case",
        explanation,
        new PrimarySource("Article III", "https://www.law.cornell.edu/constitution/articleiii"),
        List.of(Trigger.of("standing")),
        List.of(),
        List.of(),
        List.of(TestCards.FACT));
  }

  private static final String FACT =
      "Lawyers for the city argued that the two counties had no standing and that the case should"
          + " be dismissed.";

  @Test
  void picksTheCardSentenceThatSharesTheArticlesWords() {
    ConceptCard c =
        card(
            "Judges in the U.S. system decide real disputes between parties. A case brought"
                + " without standing is dismissed without a ruling on the merits. Appeals courts"
                + " review the question anew.");
    assertThat(Reasons.of(c, FACT, Optional.empty()))
        .contains("A case brought without standing is dismissed without a ruling on the merits.");
  }

  @Test
  void explainsTheThingTheArticleNamesNotTheOtherThingTheCardCoversUnderAnAlias() {
    ConceptCard c =
        new ConceptCard(
            "stay-test",
            "Stay pending review",
            List.of("interim stay"),
            Category.PROCESS,
            "an order pausing a ruling while a higher court reviews it",
            "A party can ask the court to stay the ruling while the review goes on. An interim stay"
                + " is a short pause while the court considers the request.",
            new PrimarySource("Rule 8", "https://www.law.cornell.edu/rules/frap/rule_8"),
            List.of(Trigger.of("stay")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    assertThat(
            Reasons.of(
                c,
                "The judge denied the agency's request to stay the order pending review.",
                Optional.empty()))
        .contains("A party can ask the court to stay the ruling while the review goes on.");
    // Another name for the same thing is no other part: its sentence may still be the reason.
    ConceptCard synonym =
        new ConceptCard(
            "pause-test",
            "Stay pending review",
            List.of("appellate pause"),
            Category.PROCESS,
            "an order pausing a ruling while a higher court reviews it",
            "An appellate pause keeps the order from taking effect while the request is weighed.",
            new PrimarySource("Rule 8", "https://www.law.cornell.edu/rules/frap/rule_8"),
            List.of(Trigger.of("stay")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    assertThat(
            Reasons.of(
                synonym,
                "The judge denied the agency's request to stay the order pending review.",
                Optional.empty()))
        .isPresent();
    // An article that speaks of the interim stay is still told of it.
    assertThat(
            Reasons.of(
                c,
                "The judge granted an interim stay of the order pending review of the request.",
                Optional.empty()))
        .contains("An interim stay is a short pause while the court considers the request.");
  }

  @Test
  void aWordOfANamedTermTheArticleDoesNotNameIsNoSharedWord() {
    // R20: "the final notice of removal order" explained by the card's sentence on the charging
    // document "called a Notice to Appear", for the one word "notice": a glossary line.
    ConceptCard c =
        card(
            "A harbor magistrate decides whether a vessel is seaworthy or must be towed. A hearing"
                + " usually starts with a charging paper called a Notice to Sail.");
    String fact = "The port had not served the final notice of sailing that is needed to tow it.";
    assertThat(Reasons.of(c, fact, Optional.empty()))
        .contains("A harbor magistrate decides whether a vessel is seaworthy or must be towed.");
    // The article that names the term is explained by the sentence on it.
    assertThat(
            Reasons.of(
                c, "The port served a Notice to Sail on the tug on Monday.", Optional.empty()))
        .contains("A hearing usually starts with a charging paper called a Notice to Sail.");
  }

  @Test
  void explainsTheActOfTheFactWithTheRuleTheCardStatesAfterItsFirstSentence() {
    // R20: an order "not to enforce the Act, which was signed in April" explained by the card's
    // history ("was signed on April 24 …") instead of what the Act does.
    ConceptCard act =
        new ConceptCard(
            "harbor-act",
            "Harbor sale law",
            List.of("Keeping Harbors from Distant Owners Act"),
            Category.LAW,
            "the law that bars distant owners from running a harbor unless they sell it",
            "The Keeping Harbors from Distant Owners Act was signed in April as part of a budget"
                + " package. It makes it unlawful to run a harbor owned from afar unless a"
                + " qualified sale ends that control.",
            new PrimarySource(
                "Harbor Act", "https://www.congress.gov/bill/118th-congress/house-bill/815"),
            List.of(Trigger.of("Distant Owners Act")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    String fact =
        "The order tells the port not to enforce the Distant Owners Act, which was signed in April"
            + " by the former governor.";
    Optional<String> reason = Reasons.of(act, fact, Optional.empty());
    assertThat(reason)
        .contains(
            "It makes it unlawful to run a harbor owned from afar unless a qualified sale ends that"
                + " control.");
    assertThat(ExplainContext.connection(act, false, reason))
        .isEqualTo(
            "That turns on the harbor sale law, which makes it unlawful to run a harbor owned from"
                + " afar unless a qualified sale ends that control.");
  }

  @Test
  void aMonthInCommonIsNoMatterInCommon() {
    ConceptCard c =
        card(
            "A case brought without standing is dismissed without a ruling on the merits. The high"
                + " court took up county standing in January 2030.");
    String fact = "Since January 19 the high court has dismissed each claim for want of standing.";
    assertThat(Reasons.of(c, fact, Optional.empty()))
        .contains("A case brought without standing is dismissed without a ruling on the merits.");
  }

  @Test
  void leavesOutASentenceThatLeansOnTheOneBefore() {
    ConceptCard c =
        card(
            "Judges decide real disputes. It means a case can be dismissed at once. Rules bar"
                + " them from hearing a case that is dismissed as moot.");
    assertThat(Reasons.of(c, FACT, Optional.empty())).isEmpty();
  }

  @Test
  void leavesOutTheSentencesThatGoOnWithAnAccountOfALaterTime() {
    ConceptCard c =
        card(
            "In Rell v. Ostrow, decided on March 3, 2031, the high court held that counties have"
                + " standing to sue. Which injuries count was left for the lower courts to decide"
                + " case by case.");
    String fact = "Lawyers argued which injuries count before the case could be dismissed.";
    assertThat(Reasons.of(c, fact, Optional.of(LocalDate.of(2030, 5, 1)))).isEmpty();
    assertThat(Reasons.of(c, fact, Optional.of(LocalDate.of(2032, 5, 1))))
        .contains("Which injuries count was left for the lower courts to decide case by case.");
  }

  @Test
  void neverTellsTheReaderOfATimeAfterTheArticle() {
    ConceptCard c =
        card(
            "Judges decide real disputes. In 2031 the high court said a case without standing is"
                + " dismissed at once.");
    assertThat(Reasons.of(c, FACT, Optional.of(LocalDate.of(2030, 5, 1)))).isEmpty();
    assertThat(Reasons.of(c, FACT, Optional.of(LocalDate.of(2032, 5, 1)))).isPresent();
  }

  @Test
  void explainsThePartOfTheConceptTheArticleNames() {
    ConceptCard orders =
        new ConceptCard(
            "orders-test",
            "Stop orders and holds",
            List.of(),
            Category.PROCESS,
            "orders that pause a project while a case is heard",
            "A stop order halts work for a few days until a fuller hearing. A hold can last until"
                + " the case is decided, after the board weighs the harm to the builder and to"
                + " the town.",
            new PrimarySource("Rule 9", "https://www.law.cornell.edu/rules/frcp/rule_65"),
            List.of(Trigger.of("stop orders?"), Trigger.of("holds?")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    String fact = "The board issued a stop order on the harbor project until the case is heard.";
    assertThat(Reasons.of(orders, fact, "stop order", Optional.empty()))
        .contains("A stop order halts work for a few days until a fuller hearing.");
    // The name of the whole concept favours no sentence.
    assertThat(Reasons.of(orders, fact, "Stop orders and holds", Optional.empty()))
        .contains(
            "A hold can last until the case is decided, after the board weighs the harm to the"
                + " builder and to the town.");
  }

  @Test
  void readsAnOrdinalInFiguresAsTheWholeName() {
    ConceptCard clause =
        new ConceptCard(
            "ninth-test",
            "Section 2 of the Ninth Article",
            List.of(),
            Category.CONSTITUTIONAL_PROVISION,
            "the clause that sets the term of a harbor commissioner",
            "Section 2 of the Ninth Article, adopted in 1901, sets a commissioner's term at six"
                + " years. In a 1990 case the high court held that the council alone may enforce"
                + " the term limit.",
            new PrimarySource("Charter", "https://www.law.cornell.edu/rules/frcp/rule_65"),
            List.of(Trigger.of("Section 2 of the (?:Ninth|9th) Article")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    String fact = "Lawyers said Section 2 of the 9th Article is for the council alone to enforce.";
    assertThat(Reasons.of(clause, fact, "Section 2 of the 9th Article", Optional.empty()))
        .contains(
            "In a 1990 case the high court held that the council alone may enforce the term"
                + " limit.");
  }

  @Test
  void fallsBackOnTheCardsRuleWhenNoSentenceSharesAWord() {
    ConceptCard c =
        card(
            "Judges decide real disputes. The rule dates from the founding era. A plaintiff must"
                + " show an injury that a ruling could redress.");
    assertThat(Reasons.of(c, FACT, Optional.empty()))
        .contains("A plaintiff must show an injury that a ruling could redress.");
    // A card on several things: its first rule may be about another of them.
    ConceptCard several =
        new ConceptCard(
            "orders-test",
            "Stop orders and holds",
            List.of(),
            Category.PROCESS,
            "orders that pause a project while a case is heard",
            "A stop order may halt work for a few days. A hold can last for months.",
            new PrimarySource("Rule 9", "https://www.law.cornell.edu/rules/frcp/rule_65"),
            List.of(Trigger.of("stop orders?"), Trigger.of("holds?")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    assertThat(Reasons.of(several, "Workers left the pier at noon.", Optional.empty())).isEmpty();
  }

  @Test
  void showsNoReasonWhenNoSentenceSharesAWord() {
    ConceptCard c = card("Judges decide real disputes. The rule dates from the founding era.");
    assertThat(Reasons.of(c, FACT, Optional.empty())).isEmpty();
  }

  @Test
  void cutsSentencesButNotAbbreviations() {
    assertThat(
            Reasons.split(
                "In Lujan v. Defenders of Wildlife the U.S. Supreme Court set the test. Under 42"
                    + " U.S.C. § 1983 people may sue. No. 5 was decided on Jan. 3."))
        .containsExactly(
            "In Lujan v. Defenders of Wildlife the U.S. Supreme Court set the test.",
            "Under 42 U.S.C. § 1983 people may sue.",
            "No. 5 was decided on Jan. 3.");
  }
}
