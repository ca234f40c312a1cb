package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicbrief.core.briefing.DatePrecision;
import org.junit.jupiter.api.Test;

class ComposeStoryTest {

  private static final List<String> PEOPLE =
      List.of("Luis Ortega", "Dana Whitfield", "Karen Booth", "Tom Reyes");

  private static final List<String> COUNTS = List.of("1,500", "3,000", "10,000", "450");

  static HandBriefing ledger() {
    return HandBriefing.of("port-alder-ledger.txt", "Lakeshore Ledger", "2025-06-02")
        .fact("Governor Dana Whitfield ordered 1,500 National Guard troops to Port Alder on Monday")
        .fact("There is no public evidence so far of explicit planning for a longer Guard mission")
        .fact("The troops will help county crews fill sandbags, run three temporary shelters")
        .hedgedFact("State officials said the deployment was expected to last about three weeks.")
        .summary(
            "Governor Dana Whitfield ordered 1,500 National Guard troops to Port Alder on Monday")
        .person("Dana Whitfield", "Governor Dana Whitfield", 4, "Governor")
        .person("Luis Ortega", "Port Alder Mayor Luis Ortega", 1)
        .event(
            "2025-05-30",
            DatePrecision.DAY,
            "May 30",
            "Whitfield declared a state of emergency in Port Alder County on May 30")
        .question(
            "How many Guard troops did the governor first order to Port Alder?",
            "1,500",
            COUNTS,
            "Governor Dana Whitfield ordered 1,500 National Guard troops to Port Alder on Monday")
        .question(
            "How many temporary shelters will the troops help run?",
            "three",
            List.of("two", "three", "four", "five"),
            "run three temporary shelters")
        .question(
            "Who is the mayor of Port Alder?",
            "Luis Ortega",
            PEOPLE,
            "Port Alder Mayor Luis Ortega said the city had asked the state for help");
  }

  static HandBriefing tribune() {
    return HandBriefing.of("port-alder-tribune.txt", "Northern Tribune", "2025-06-02")
        .fact("Governor Dana Whitfield ordered 1,500 National Guard troops to Port Alder on Monday")
        .person("Dana Whitfield", "Governor Dana Whitfield", 4, "Governor");
  }

  static HandBriefing courier() {
    return HandBriefing.of("port-alder-courier.txt", "Valley Courier", "2025-06-09")
        .fact("The state will send 10,000 National Guard troops to Port Alder")
        .fact(
            "Two state officials said the governor's staff had begun detailed planning for a Guard"
                + " mission lasting through the end of summer.")
        .fact("Mayor Luis Ortega said the city would open two more shelters at its high schools.")
        .summary("The state will send 10,000 National Guard troops to Port Alder")
        .person("Whitfield", "Whitfield declared", 3)
        .person("Karen Booth", "Karen Booth", 2, "the regional administrator")
        .person("Luis Ortega", "Mayor Luis Ortega", 1, "Mayor")
        .event(
            "2025-05-30",
            DatePrecision.DAY,
            "May 30",
            "Whitfield declared a state of emergency in the county on May 30")
        .question(
            "How many Guard troops will the state send to Port Alder?",
            "10,000",
            COUNTS,
            "The state will send 10,000 National Guard troops to Port Alder")
        .question(
            "Who is the mayor of Port Alder?",
            "Luis Ortega",
            PEOPLE,
            "Mayor Luis Ortega said the city would open two more shelters");
  }

  private final ComposeStory compose = new ComposeStory();

  private Story story() {
    return compose.compose(
        7, List.of(ledger().member(0), tribune().member(1), courier().member(2)));
  }

  @Test
  void aWireCopyFromAnotherOutletIsOneArticleWithACarrier() {
    Story s = story();

    assertThat(s.articles())
        .extracting(StoryArticle::articleId)
        .containsExactly("port-alder-ledger", "port-alder-courier");
    StoryArticle first = s.articles().getFirst();
    assertThat(first.carriers())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.articleId()).isEqualTo("port-alder-tribune");
              assertThat(c.outlet()).isEqualTo("Northern Tribune");
              assertThat(c.exact()).isFalse();
            });
    assertThat(first.outlets()).containsExactly("Lakeshore Ledger", "Northern Tribune");
  }

  @Test
  void theTitleIsTheNewestHeadlineAndArticlesGoByPublicationDate() {
    Story s = compose.compose(7, List.of(courier().member(0), ledger().member(1)));

    assertThat(s.title()).startsWith("Port Alder Guard Deployment Grows to 10,000 Troops");
    assertThat(s.articles())
        .extracting(StoryArticle::articleId)
        .containsExactly("port-alder-ledger", "port-alder-courier");
    assertThat(s.first()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-06-02"));
    assertThat(s.last()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-06-09"));
  }

  @Test
  void theTimelineMergesOneEventReportedByTwoArticlesAndListsEveryOutlet() {
    Story s = story();

    assertThat(s.timeline().events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo("2025-05-30");
              assertThat(e.outlets())
                  .containsExactly("Lakeshore Ledger", "Northern Tribune", "Valley Courier");
              assertThat(e.reports())
                  .extracting(StoryEvidence::articleId)
                  .containsExactly("port-alder-ledger", "port-alder-courier");
              assertThat(e.text()).contains("Port Alder County");
            });
  }

  @Test
  void aLoneSurnameJoinsTheFullNameOfTheSamePerson() {
    Story s = story();

    StoryActor whitfield = s.actors().getFirst();
    assertThat(whitfield.name()).isEqualTo("Dana Whitfield");
    assertThat(whitfield.aliases()).contains("Whitfield");
    assertThat(whitfield.articles()).isEqualTo(2);
    assertThat(whitfield.evidence())
        .extracting(StoryEvidence::articleId)
        .containsExactly("port-alder-ledger", "port-alder-courier");
    assertThat(s.actors())
        .extracting(StoryActor::name)
        .containsExactly("Dana Whitfield", "Luis Ortega", "Karen Booth");
    assertThat(s.actors().get(1).role())
        .hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("Mayor"));
  }

  @Test
  void aChangedNumberIsReportedWithBothStatementsAndTheirDates() {
    WhatChanged w = story().whatChanged().orElseThrow();

    assertThat(w.articleId()).isEqualTo("port-alder-courier");
    assertThat(w.comparedWith()).containsExactly("port-alder-ledger");
    Change c =
        w.changes().stream()
            .filter(x -> x.kind() == ChangeKind.NUMBER_CHANGED)
            .findFirst()
            .orElseThrow();
    assertThat(c.description())
        .isEqualTo("1,500 National Guard troops → 10,000 National Guard troops");
    Statement before = c.before().orElseThrow();
    assertThat(before.articleId()).isEqualTo("port-alder-ledger");
    assertThat(before.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-06-02"));
    assertThat(before.value()).contains("1,500 National Guard troops");
    assertThat(c.after().published())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2025-06-09"));
    assertThat(c.after().evidence().in(courier().build().article().text()))
        .isEqualTo(c.after().text());
  }

  @Test
  void aReversedStatementIsReportedBeforeOtherChanges() {
    WhatChanged w = story().whatChanged().orElseThrow();

    Change c = w.changes().getFirst();
    assertThat(c.kind()).isEqualTo(ChangeKind.REVERSED);
    assertThat(c.before().orElseThrow().text())
        .contains("no public evidence so far of explicit planning");
    assertThat(c.after().text()).contains("had begun detailed planning");
  }

  @Test
  void newActorsAndNewFactsAreReportedButKnownOnesAreNot() {
    WhatChanged w = story().whatChanged().orElseThrow();

    assertThat(w.changes())
        .filteredOn(c -> c.kind() == ChangeKind.NEW_ACTOR)
        .extracting(Change::description)
        .containsExactly("Karen Booth, the regional administrator");
    assertThat(w.changes())
        .filteredOn(c -> c.kind() == ChangeKind.NEW_FACT)
        .extracting(c -> c.after().text())
        .containsExactly(
            "Mayor Luis Ortega said the city would open two more shelters at its high schools.");
  }

  @Test
  void factsListEveryOutletAndChangedOnesAreMarkedSuperseded() {
    StoryBriefing b = story().briefing();

    StoryFact order = b.facts().getFirst();
    assertThat(order.text()).contains("1,500 National Guard troops");
    assertThat(order.outlets()).containsExactly("Lakeshore Ledger", "Northern Tribune");
    assertThat(order.superseded()).isTrue();
    assertThat(b.facts())
        .filteredOn(StoryFact::hedged)
        .singleElement()
        .satisfies(f -> assertThat(f.text()).contains("about three weeks"));
    assertThat(b.outlets())
        .containsExactly("Lakeshore Ledger", "Northern Tribune", "Valley Courier");
    // The newest summary opens on its lead, which the story shows once, as its dek.
    assertThat(b.dek().text()).contains("10,000");
    assertThat(b.summary()).noneMatch(f -> f.text().contains("10,000"));
  }

  @Test
  void aDekThatIsTheLeadsMainClauseStillKeepsTheLeadOutOfTheSummary() {
    // The dek is the lead's main clause, shorter than the summary item of the same sentence: the
    // story shows that sentence once, as its dek, not again as its summary's first line.
    HandBriefing newest =
        courier()
            .dek("The state will send 10,000 National Guard troops")
            .summary("Mayor Luis Ortega said the city would open two more shelters");
    StoryBriefing b = compose.compose(7, List.of(ledger().member(0), newest.member(1))).briefing();
    assertThat(b.dek().text()).isEqualTo("The state will send 10,000 National Guard troops");
    assertThat(b.summary()).noneMatch(f -> f.text().contains("10,000"));
    assertThat(b.summary()).anyMatch(f -> f.text().contains("two more shelters"));
  }

  @Test
  void theQuizAsksEachQuestionOnceAndNothingAboutAChangedStatement() {
    StoryQuiz quiz = story().quiz();

    assertThat(quiz.questions())
        .extracting(q -> q.question().answer())
        .containsExactly("10,000", "Luis Ortega", "three");
    assertThat(quiz.questions().getFirst().articleId()).isEqualTo("port-alder-courier");
  }

  @Test
  void theSameMembersInAnotherOrderGiveTheSameStory() {
    Story a = story();
    Story b =
        compose.compose(7, List.of(courier().member(2), tribune().member(1), ledger().member(0)));

    assertThat(b).isEqualTo(a);
  }

  @Test
  void aStoryOfOneArticleHasNoChanges() {
    Story s = compose.compose(1, List.of(ledger().member(0)));

    assertThat(s.whatChanged()).isEmpty();
    assertThat(s.briefing().facts()).allSatisfy(f -> assertThat(f.superseded()).isFalse());
    assertThat(s.quiz().questions()).hasSize(3);
  }

  @Test
  void anEmptyStoryIsABug() {
    assertThatThrownBy(() -> compose.compose(3, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("story 3");
  }
}
