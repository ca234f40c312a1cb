package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class ExplainContextTest {

  private static final String STORY =
      "Governor Sends Guard to River Crossing\n"
          + "The governor sent the National Guard to the river crossing on Monday.\n"
          + "The state's compact obligations limit construction near the gauge, officials said.\n"
          + "Anyone who objects should call their senators before the vote on the National Guard.\n"
          + "Agents from ICE were not involved.";

  private CivicContext explain(String text) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    return new ExplainContext()
        .explain(
            a, new MatchConcepts(TestCards.ALL).match(a), new ClassifyStatements().classify(a));
  }

  @Test
  void quotesTheArticleAndCitesTheCardInEverySentence() {
    CivicContext c = explain(STORY);
    assertThat(c.whyItMatters()).hasSizeBetween(2, 4);
    for (ContextItem item : c.whyItMatters()) {
      String quoted = item.evidence().in(STORY);
      assertThat(item.text()).contains(quoted);
      assertThat(item.citation().url()).startsWith("https://");
    }
    assertThat(c.whyItMatters().getFirst().citation().cardId()).isEqualTo("guard");
    assertThat(c.whyItMatters().getFirst().text())
        .isEqualTo(
            "“The governor sent the National Guard to the river crossing on Monday.” That turns"
                + " on the National Guard, a rule written for a test.");
  }

  @Test
  void keepsTheAttributionOfAClaimWithoutSayingItTwice() {
    CivicContext c = explain(STORY);
    assertThat(c.whyItMatters())
        .filteredOn(i -> i.citation().cardId().equals("compact"))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.text())
                    .startsWith("“The state's compact")
                    .contains("officials said")
                    .doesNotContain("what officials said"));
  }

  /**
   * The bank is named in three sentences, the removal in one of them: the bank, more salient, is
   * quoted first, but from a sentence the removal does not need.
   */
  private static final String FIRING =
      "Board Member Fired\n"
          + "The president fired Dana Lee from the Reserve Bank board on Monday.\n"
          + "The Reserve Bank sets interest rates for the country.\n"
          + "Lee said the Reserve Bank would hear from her lawyers.";

  @Test
  void givesEachCardASentenceOfItsOwnWhenTheArticleHasEnough() {
    ConceptCard bank =
        TestCards.sourced(
            "reserve-bank", Category.LAW, "Reserve Bank Act", "Reserve Bank", List.of());
    ConceptCard removal =
        TestCards.sourced(
            "removal", Category.PROCESS, "Removal Act", "fired \\w+ \\w+ from", List.of());
    AnnotatedArticle a = TinyAnnotator.annotate(FIRING);
    CivicContext c =
        new ExplainContext()
            .explain(
                a,
                new MatchConcepts(List.of(bank, removal)).match(a),
                new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .containsExactly("reserve-bank", "removal");
    assertThat(c.whyItMatters()).extracting(i -> i.evidence().sentence()).containsExactly(2, 1);
  }

  @Test
  void explainsASituationWithTheCardSentenceItsDescriptionShares() {
    ConceptCard card =
        new ConceptCard(
            "tenure-act",
            "Tenure Act",
            List.of(),
            Category.LAW,
            "a rule written for a test",
            "The Tenure Act was passed for a test. Board members may be removed only for cause.",
            new PrimarySource("Tenure Act text", "https://www.law.cornell.edu/uscode/text/5/1"),
            List.of(
                new Trigger(
                    "fired \\w+ \\w+ from the panel",
                    false,
                    java.util.Optional.empty(),
                    java.util.Optional.of("board members removed only for cause"))),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    AnnotatedArticle a =
        TinyAnnotator.annotate("Firing\nThe mayor fired Dana Lee from the panel on Monday.");
    CivicContext c =
        new ExplainContext()
            .explain(
                a, new MatchConcepts(List.of(card)).match(a), new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters().getFirst().text())
        .contains("“The mayor fired Dana Lee from the panel on Monday.”")
        .endsWith(
            "” Though the article does not name it, that turns on the Tenure Act: board members"
                + " may be removed only for cause.");
  }

  @Test
  void saysTheArticleDoesNotNameTheLawOnlyWhenNoSentenceNamesIt() {
    ConceptCard card =
        new ConceptCard(
            "tenure-act",
            "Tenure Act",
            List.of(),
            Category.LAW,
            "a rule written for a test",
            "The Tenure Act was passed for a test. Board members may be removed only for cause.",
            new PrimarySource("Tenure Act text", "https://www.law.cornell.edu/uscode/text/5/1"),
            List.of(
                Trigger.of("Tenure Act"),
                new Trigger(
                    "fired \\w+ \\w+ from the panel",
                    false,
                    java.util.Optional.empty(),
                    java.util.Optional.of("board members removed only for cause"))),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    AnnotatedArticle a =
        TinyAnnotator.annotate(
            "Firing\nThe mayor fired Dana Lee from the panel on Monday.\n"
                + "Lawyers for Lee said the firing broke the Tenure Act.");
    CivicContext c =
        new ExplainContext()
            .explain(
                a, new MatchConcepts(List.of(card)).match(a), new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters().getFirst().text())
        .startsWith("“The mayor fired Dana Lee from the panel on Monday.”")
        .doesNotContain("does not name")
        .endsWith("” That turns on the Tenure Act: board members may be removed only for cause.");
    // A headline kept apart from the text names it too.
    AnnotatedArticle body =
        TinyAnnotator.annotate("The mayor fired Dana Lee from the panel on Monday.");
    AnnotatedArticle titled =
        new AnnotatedArticle(
            body.article().withTitle("Mayor's firing tests the Tenure Act", false),
            body.sentences(),
            body.mentions());
    CivicContext headline =
        new ExplainContext()
            .explain(
                titled,
                new MatchConcepts(List.of(card)).match(titled),
                new ClassifyStatements().classify(titled));
    assertThat(headline.whyItMatters().getFirst().text()).doesNotContain("does not name");
  }

  @Test
  void givesWordsThatTriggerTwoCardsToTheCardTheyName() {
    ConceptCard orders =
        TestCards.sourced(
            "court-orders", Category.PROCESS, "Court orders and holds", "stop orders?", List.of());
    ConceptCard stop =
        TestCards.sourced("stop-order", Category.PROCESS, "Stop order", "stop orders?", List.of());
    AnnotatedArticle a =
        TinyAnnotator.annotate("Work Halted\nThe board asked for a stop order on the pier.");
    CivicContext c =
        new ExplainContext()
            .explain(
                a,
                new MatchConcepts(List.of(orders, stop)).match(a),
                new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .containsExactly("stop-order");
  }

  @Test
  void givesTheBareCommonWordToTheNarrowerCardTheStoryNamesInFull() {
    ConceptCard general =
        new ConceptCard(
            "work-orders",
            "Work orders and permits",
            List.of(),
            Category.PROCESS,
            "orders that start, stop or allow work on a public site",
            "A permit must be posted at the site. A repair order lapses after 14 days.",
            new PrimarySource("Work orders", "https://www.law.cornell.edu/uscode/text/10/251"),
            List.of(Trigger.of("(?:stop|repair) orders?"), Trigger.of("orders?")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    ConceptCard stop =
        TestCards.sourced("stop-order", Category.PROCESS, "Stop order", "stop orders?", List.of());
    AnnotatedArticle a =
        TinyAnnotator.annotate(
            "Work Halted\nThe board issued a stop order on the pier on Monday.\n"
                + "Builders said the order went too far.");
    CivicContext c =
        new ExplainContext()
            .explain(
                a,
                new MatchConcepts(List.of(general, stop)).match(a),
                new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .containsExactly("stop-order");
  }

  @Test
  void leavesOutTheGeneralCardWhenTheStoryNamesOneInstanceOfIt() {
    ConceptCard measures =
        TestCards.sourced(
            "ballot-questions",
            Category.PROCESS,
            "Local ballot questions",
            "Measure \\d+|ballot questions?",
            List.of());
    ConceptCard seven =
        TestCards.sourced("measure-7", Category.LAW, "Harbor Measure 7", "Measure 7", List.of());
    AnnotatedArticle a =
        TinyAnnotator.annotate(
            "Harbor Vote\nVoters approved Measure 7 on the harbor on Tuesday.\n"
                + "The ballot question passed by a wide margin.");
    CivicContext c =
        new ExplainContext()
            .explain(
                a,
                new MatchConcepts(List.of(measures, seven)).match(a),
                new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .containsExactly("measure-7");
  }

  private static final String BUDGET =
      "Harbor Budget Passes\n"
          + "The council passed the harbor budget on Monday.\n"
          + "It adds two ferries and a new dock.\n"
          + "The mayor praised the vote.\n";

  @Test
  void leavesOutALawNamedOnceFarDownOnTheWayToSomethingElse() {
    ConceptCard compact =
        TestCards.sourced(
            "water-compact", Category.LAW, "Water Compact", "Water Compact", List.of());
    AnnotatedArticle aside =
        TinyAnnotator.annotate(
            BUDGET + "Elsewhere, a county quarrel over the Water Compact went on.");
    assertThat(
            new ExplainContext()
                .explain(
                    aside,
                    new MatchConcepts(List.of(compact)).match(aside),
                    new ClassifyStatements().classify(aside))
                .whyItMatters())
        .isEmpty();
    AnnotatedArticle same =
        TinyAnnotator.annotate(
            BUDGET + "The harbor budget also pays the county's share under the Water Compact.");
    assertThat(
            new ExplainContext()
                .explain(
                    same,
                    new MatchConcepts(List.of(compact)).match(same),
                    new ClassifyStatements().classify(same))
                .whyItMatters())
        .extracting(i -> i.citation().cardId())
        .containsExactly("water-compact");
  }

  @Test
  void leavesOutACardWhoseWordsOnlyDescribeSomeoneInAPhraseAtTheSentencesEnd() {
    ConceptCard register =
        TestCards.sourced(
            "ferry-register",
            Category.PROCESS,
            "Ferry Register Act",
            "registered ferry operator",
            List.of());
    for (String last :
        List.of(
            "The harbor budget also pays Dana Lee, a registered ferry operator.",
            "The mayor praised the harbor budget, after a vote on a registered ferry operator.")) {
      AnnotatedArticle aside = TinyAnnotator.annotate(BUDGET + last);
      assertThat(
              new ExplainContext()
                  .explain(
                      aside,
                      new MatchConcepts(List.of(register)).match(aside),
                      new ClassifyStatements().classify(aside))
                  .whyItMatters())
          .isEmpty();
    }
    // The same words as what the sentence reports, or in a closing clause with its own verb.
    for (String last :
        List.of(
            "The harbor budget also pays each registered ferry operator.",
            "The harbor budget pays the ferries, a registered ferry operator says.",
            "The council passed the harbor budget, naming a registered ferry operator.")) {
      AnnotatedArticle told = TinyAnnotator.annotate(BUDGET + last);
      assertThat(
              new ExplainContext()
                  .explain(
                      told,
                      new MatchConcepts(List.of(register)).match(told),
                      new ClassifyStatements().classify(told))
                  .whyItMatters())
          .extracting(i -> i.citation().cardId())
          .containsExactly("ferry-register");
    }
  }

  @Test
  void joinsACardSentenceThatDefinesTheCardToTheFactInsteadOfShowingItAlone() {
    ConceptCard act =
        new ConceptCard(
            "harbor-act",
            "Harbor Act",
            List.of(),
            Category.LAW,
            "a port law written for a test",
            "The Harbor Act of 1901 lets the mayor close the port during a storm. Ports report"
                + " closures to the council.",
            new PrimarySource("Harbor Act", "https://www.law.cornell.edu/uscode/text/10/251"),
            List.of(Trigger.of("Harbor Act")),
            List.of(),
            List.of(),
            List.of(TestCards.FACT));
    AnnotatedArticle a =
        TinyAnnotator.annotate(
            "Port Closed\nThe mayor closed the port under the Harbor Act on Monday.\n");
    CivicContext c =
        new ExplainContext()
            .explain(
                a, new MatchConcepts(List.of(act)).match(a), new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.text())
                    .isEqualTo(
                        "“The mayor closed the port under the Harbor Act on Monday.” That turns on"
                            + " the Harbor Act of 1901, which lets the mayor close the port during"
                            + " a storm."));
  }

  /** An agency named once, far from the lead, as a lawyer's employer. */
  private static final String PASSING =
      "Court Hears Water Case\n"
          + "The court heard the interstate water compact case on Monday.\n"
          + "Lawyers for both states spoke for an hour.\n"
          + "The judge asked questions about the river's flow.\n"
          + "She asked Records Agency lawyer Dana Lee about the gauge.";

  @Test
  void leavesOutAnInstitutionTheStoryMentionsOnlyInPassing() {
    ConceptCard agency =
        TestCards.sourced(
            "records-agency",
            Category.INSTITUTION,
            "Records Agency Act",
            "Records Agency",
            List.of());
    AnnotatedArticle a = TinyAnnotator.annotate(PASSING);
    CivicContext c =
        new ExplainContext()
            .explain(
                a,
                new MatchConcepts(List.of(TestCards.COMPACT, agency)).match(a),
                new ClassifyStatements().classify(a));
    assertThat(c.whyItMatters()).extracting(i -> i.citation().cardId()).containsExactly("compact");
    AnnotatedArticle lead =
        TinyAnnotator.annotate(PASSING.replace("The court heard", "The Records Agency heard"));
    CivicContext alone =
        new ExplainContext()
            .explain(
                lead,
                new MatchConcepts(List.of(agency)).match(lead),
                new ClassifyStatements().classify(lead));
    assertThat(alone.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .containsExactly("records-agency");
    assertThat(alone.whyItMatters().getFirst().text())
        .contains("” That involves records agency, a rule");
    // Beside a law the story turns on, an institution only says who acts: it is left out.
    CivicContext beside =
        new ExplainContext()
            .explain(
                lead,
                new MatchConcepts(List.of(TestCards.COMPACT, agency)).match(lead),
                new ClassifyStatements().classify(lead));
    assertThat(beside.whyItMatters())
        .extracting(i -> i.citation().cardId())
        .containsExactly("compact");
  }

  @Test
  void writesACommonWordAfterTheColonInLowerCaseAndKeepsAProperName() {
    ConceptCard c =
        TestCards.sourced(
            "quorum-test", Category.PROCESS, "Ardent Constitution, Article 3", "quorum", List.of());
    assertThat(ExplainContext.afterColon("Because most chambers need a majority, it counts.", c))
        .isEqualTo("because most chambers need a majority, it counts.");
    assertThat(ExplainContext.afterColon("Agencies enforce it.", c))
        .isEqualTo("agencies enforce it.");
    assertThat(ExplainContext.afterColon("Article 3 sets the quorum.", c))
        .isEqualTo("Article 3 sets the quorum.");
    assertThat(ExplainContext.afterColon("NASA keeps the records.", c))
        .isEqualTo("NASA keeps the records.");
    assertThat(ExplainContext.afterColon("The rule sets the quorum.", c))
        .isEqualTo("the rule sets the quorum.");
    assertThat(ExplainContext.afterColon("The Ardent Constitution sets the quorum.", c))
        .isEqualTo("the Ardent Constitution sets the quorum.");
  }

  @Test
  void keepsTheCapitalOfANameTheCardWritesMidSentenceOnlyInAQuizQuestion() {
    // The card's explanation opens on "Parliament" and names it nowhere else (the sentence that
    // did, a later ruling, is left out for an earlier article); its quiz question names it.
    ConceptCard c =
        new ConceptCard(
            "recall-test",
            "Recall rule",
            List.of(),
            Category.PROCESS,
            "a rule written for a test",
            "Parliament may end the recall by a vote of two thirds. Each recall lasts a year.",
            new PrimarySource("Recall text", "https://www.law.cornell.edu/uscode/text/50/1541"),
            List.of(Trigger.of("recall")),
            List.of(),
            List.of(),
            List.of(
                new QuizFact(
                    "What vote of Parliament ends a recall?",
                    "Two thirds",
                    List.of("One half", "Three fourths", "One third"))));
    assertThat(ExplainContext.afterColon("Parliament may end the recall by a vote.", c))
        .isEqualTo("Parliament may end the recall by a vote.");
  }

  @Test
  void closesAQuotationTheArticleGoesOnWithInItsNextSentence() {
    assertThat(ExplainContext.quoted("“I have never seen a permit like this one."))
        .isEqualTo("“I have never seen a permit like this one.”");
    assertThat(ExplainContext.quoted("…the permit ends in May,” she said."))
        .isEqualTo("“…the permit ends in May,” she said.");
    assertThat(ExplainContext.quoted("The mayor called it “a fair deal.”"))
        .isEqualTo("The mayor called it “a fair deal.”");
    assertThat(ExplainContext.quoted("The permit ends in May."))
        .isEqualTo("“The permit ends in May.”");
    assertThat(ExplainContext.quoted("He said “the permit ends in May,\" and left."))
        .isEqualTo("He said “the permit ends in May,\" and left.");
    assertThat(ExplainContext.quoted("The permit ends in May,\" she said."))
        .isEqualTo("\"The permit ends in May,\" she said.");
  }

  @Test
  void neverQuotesAdvocacyAsAReason() {
    CivicContext c = explain(STORY);
    assertThat(c.statements().get(3).kind()).isEqualTo(StatementKind.ADVOCACY);
    assertThat(c.whyItMatters()).noneMatch(i -> i.evidence().sentence() == 3);
  }

  /** A federal story: the president, Congress and the National Guard card. */
  private static final String FEDERAL =
      "President Sends Guard to River Crossing\n"
          + "The president sent the National Guard to the river crossing on Monday.\n"
          + "Members of Congress said the White House had not consulted them.\n"
          + "The state's compact obligations limit construction near the gauge, officials said.";

  @Test
  void suggestsNeutralFederalActionsWithTheOfficialLookupsForAFederalStory() {
    CivicContext c = explain(FEDERAL);
    assertThat(c.whatYouCanDo())
        .extracting(ActionItem::kind)
        .containsExactly(
            ActionKind.READ_PRIMARY_SOURCE, ActionKind.FOLLOW_COMMITTEE, ActionKind.CONTACT_HOUSE);
    assertThat(c.whatYouCanDo())
        .extracting(ActionItem::url)
        .contains(ActionItem.HOUSE_LOOKUP)
        .doesNotContain(ActionItem.STATE_OFFICIALS_LOOKUP)
        .doesNotHaveDuplicates();
    assertThat(c.whatYouCanDo())
        .extracting(ActionItem::text)
        .noneMatch(t -> t.matches("(?i).*\\b(oppose|support|stop|demand)\\b.*"));
  }

  @Test
  void suggestsAStatesActionsAndNotCongressForAStateStory() {
    CivicContext c = explain(STORY);
    assertThat(c.whatYouCanDo())
        .extracting(ActionItem::kind)
        .contains(ActionKind.CONTACT_STATE_OFFICIALS)
        .doesNotContain(
            ActionKind.CONTACT_HOUSE, ActionKind.CONTACT_SENATE, ActionKind.FOLLOW_COMMITTEE);
    assertThat(c.whatYouCanDo())
        .extracting(ActionItem::url)
        .contains(ActionItem.STATE_OFFICIALS_LOOKUP)
        .allMatch(u -> u.startsWith("https://www.usa.gov/") || u.contains("law.cornell.edu"));
  }

  @Test
  void pointsAStateElectionStoryToTheElectionOffice() {
    CivicContext c =
        explain(
            "Legislature Redraws Maps\n"
                + "The state legislature approved new district maps for the National Guard armories"
                + " on Monday.\n"
                + "Voters will use the maps in the next election, the governor said.\n"
                + "The state Senate vote was 20 to 11.");
    assertThat(c.whatYouCanDo())
        .extracting(ActionItem::kind)
        .contains(ActionKind.CONTACT_STATE_OFFICIALS, ActionKind.FIND_ELECTION_OFFICE)
        .doesNotContain(ActionKind.CONTACT_HOUSE);
  }

  @Test
  void neverSuggestsMoreThanFourActionsOrTwoOfAKind() {
    for (String text : List.of(STORY, FEDERAL)) {
      List<ActionItem> actions = explain(text).whatYouCanDo();
      assertThat(actions).hasSizeLessThanOrEqualTo(ExplainContext.MAX_ACTIONS);
      assertThat(actions).extracting(ActionItem::kind).doesNotHaveDuplicates();
      assertThat(actions).extracting(ActionItem::url).doesNotHaveDuplicates();
    }
  }

  @Test
  void saysWhenASourceIsMostlyOpinion() {
    CivicContext c =
        explain(
            "The National Guard plan is reckless.\n"
                + "Voters should call their senators today.\n"
                + "We think the governor has gone too far.\n"
                + "The governor sent the National Guard on Monday.");
    assertThat(c.opinionHeavy()).isTrue();
    assertThat(c.notice()).isPresent();
    assertThat(explain(STORY).opinionHeavy()).isFalse();
  }

  @Test
  void offersTheCitedCardsQuizFactsAsBackground() {
    CivicContext c = explain(STORY);
    assertThat(c.backgroundFacts()).isNotEmpty();
    assertThat(c.backgroundFacts().getFirst().cardId()).isEqualTo("guard");
  }

  @Test
  void prefersTheArticlesOwnReportingToASpeakersQuotedWords() {
    String text =
        "“The National Guard is ready,” the governor said.\n"
            + "The state sent the National Guard to the crossing on Monday.";
    CivicContext c = explain(text);
    assertThat(c.whyItMatters().getFirst().evidence().sentence()).isEqualTo(1);
  }

  @Test
  void leavesTheDatelineOutOfTheQuotedSpan() {
    String text =
        "Guard Deployed\nHARLAN CITY, March 12 (Civic Wire) – The governor sent the National Guard"
            + " to the crossing.\nAgents from ICE were not involved.";
    ContextItem first = explain(text).whyItMatters().getFirst();
    assertThat(first.evidence().in(text)).startsWith("The governor sent");
  }

  @Test
  void showsTheArticlesQuotationMarksWithoutAddingNestedOnes() {
    String text =
        "Officials met.\n“We will keep the National Guard there,” the governor said on Monday.\n"
            + "Agents from ICE were not involved.";
    ContextItem guard =
        explain(text).whyItMatters().stream()
            .filter(i -> i.citation().cardId().equals("guard"))
            .findFirst()
            .orElseThrow();
    assertThat(guard.text()).doesNotContain("““").contains("said on Monday. That turns on");
  }

  @Test
  void saysNothingWhenNoCardMatches() {
    CivicContext c = explain("The bakery opened a second shop on Main Street.");
    assertThat(c.whyItMatters()).isEmpty();
    assertThat(c.whatYouCanDo()).isEmpty();
    assertThat(c.concepts()).isEmpty();
    assertThat(List.of(c.opinionHeavy())).containsExactly(false);
  }
}
