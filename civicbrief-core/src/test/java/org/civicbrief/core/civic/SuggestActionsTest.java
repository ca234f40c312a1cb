package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.junit.jupiter.api.Test;

class SuggestActionsTest {

  private static final List<Committee> JUDICIARY =
      List.of(
          new Committee("House Committee on the Judiciary", "https://judiciary.house.gov/"),
          new Committee("Senate Committee on the Judiciary", "https://www.judiciary.senate.gov/"));

  private static final ConceptCard GRAND_JURY =
      card(
          "grand-jury",
          "Grand jury",
          Category.PROCESS,
          "the panel of citizens that decides whether to indict",
          JUDICIARY);

  private static final ConceptCard DREDGING_ACT =
      card(
          "harbor-dredging-act",
          "Harbor Dredging Act",
          Category.LAW,
          "a harbor law written for a test",
          JUDICIARY);

  private static final ConceptCard CONFIRMATION =
      card(
          "confirmation",
          "Senate confirmation",
          Category.PROCESS,
          "the Senate's vote on a nominee",
          List.of(
              new Committee(
                  "Senate Committee on Rules and Administration",
                  "https://www.rules.senate.gov/")));

  private static ConceptCard card(
      String id, String name, Category category, String gloss, List<Committee> committees) {
    return new ConceptCard(
        id,
        name,
        List.of(),
        category,
        gloss,
        "A rule written for a test. It has no force anywhere.",
        new PrimarySource(name + " text", "https://www.law.cornell.edu/uscode/text/50/1541"),
        List.of(Trigger.of(name)),
        List.of(),
        committees,
        List.of(TestCards.FACT));
  }

  private static List<ActionItem> suggest(String text, ConceptCard... cited) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    return SuggestActions.suggest(a, Layout.of(a), List.of(cited));
  }

  @Test
  void writesAConceptsCommonNameInLowerCaseWithItsArticle() {
    List<ActionItem> actions =
        suggest(
            "Dock Owner Indicted\n"
                + "A grand jury in Port Alder indicted the dock owner on Tuesday.\n"
                + "Congress is weighing changes to the grand jury rules, the senator said.",
            GRAND_JURY);
    assertThat(actions)
        .extracting(ActionItem::text)
        .contains("Read the primary text on the grand jury: Grand jury text.")
        .noneMatch(t -> t.contains("Grand jury") && !t.contains(": Grand jury text"));
  }

  @Test
  void neverAsksARepresentativeAboutACourtsProcedureEvenWhenCongressIsInTheStory() {
    List<ActionItem> actions =
        suggest(
            "Dock Owner Indicted\n"
                + "A grand jury in Port Alder indicted the dock owner on Tuesday.\n"
                + "Congress is weighing changes to the dock rules, the senator said.",
            GRAND_JURY);
    assertThat(actions)
        .extracting(ActionItem::kind)
        .doesNotContain(
            ActionKind.FOLLOW_COMMITTEE, ActionKind.CONTACT_HOUSE, ActionKind.CONTACT_SENATE);
  }

  @Test
  void leavesCongressOutOfACourtsProcedureWhenCongressDoesNotActInTheStory() {
    List<ActionItem> actions =
        suggest(
            "Dock Owner Indicted\n"
                + "A grand jury in Port Alder indicted the dock owner on Tuesday.\n"
                + "The federal prosecutor said the trial could start in May.",
            GRAND_JURY);
    assertThat(actions)
        .extracting(ActionItem::kind)
        .containsExactly(ActionKind.READ_PRIMARY_SOURCE);
  }

  @Test
  void pointsAStatuteStoryToItsCommitteesAndToOneLineForFindingOnesMember() {
    List<ActionItem> actions =
        suggest(
            "Port Alder Dredging Halted\n"
                + "The president suspended work under the Harbor Dredging Act on Monday.\n"
                + "Federal engineers left the harbor the same day.",
            DREDGING_ACT);
    assertThat(actions)
        .extracting(ActionItem::kind)
        .containsExactly(
            ActionKind.READ_PRIMARY_SOURCE, ActionKind.FOLLOW_COMMITTEE, ActionKind.CONTACT_HOUSE);
    assertThat(actions)
        .extracting(ActionItem::text)
        .contains(
            "Find your U.S. representative, to ask where they stand on the Harbor Dredging Act"
                + " or to share your view; senators are listed on senate.gov.");
  }

  @Test
  void sendsAMatterOnlyTheSenateDecidesToTheSenatorsAlone() {
    List<ActionItem> actions =
        suggest(
            "Senate Confirms Harbor Chief\n"
                + "The Senate confirmed Mara Velk as harbor commissioner on Monday, 52 to 47.\n"
                + "Senate confirmation of the post had been delayed since spring.",
            CONFIRMATION);
    assertThat(actions)
        .extracting(ActionItem::kind)
        .contains(ActionKind.CONTACT_SENATE)
        .doesNotContain(ActionKind.CONTACT_HOUSE);
    assertThat(actions)
        .extracting(ActionItem::text)
        .anyMatch(t -> t.contains("where they stand on Senate confirmation"));
  }

  @Test
  void pointsASupremeCourtStoryToTheCourtsDocket() {
    List<ActionItem> actions =
        suggest(
            "Justices Take Up Dredging Case\n"
                + "The Supreme Court agreed on Friday to hear a challenge to the Harbor Dredging"
                + " Act.\n"
                + "The justices will hear arguments in March.",
            DREDGING_ACT);
    assertThat(actions)
        .extracting(ActionItem::kind)
        .contains(ActionKind.FOLLOW_COURT_DOCKET)
        .hasSizeLessThanOrEqualTo(SuggestActions.MAX_ACTIONS);
    assertThat(actions)
        .extracting(ActionItem::url)
        .contains(ActionItem.SUPREME_COURT_DOCKET)
        .doesNotHaveDuplicates();
  }

  @Test
  void givesAStatesSupremeCourtNoFederalDocketLine() {
    List<ActionItem> actions =
        suggest(
            "Court Rules on Dock Fees\n"
                + "The Ardent Supreme Court ruled on Friday that the dock fees were lawful.\n"
                + "The grand jury had not met, the county clerk said.",
            GRAND_JURY);
    assertThat(actions).extracting(ActionItem::kind).doesNotContain(ActionKind.FOLLOW_COURT_DOCKET);
  }

  @Test
  void pointsACityStoryToItsLocalGovernment() {
    List<ActionItem> actions =
        suggest(
            "Port Alder Council Rejects Dock Plan\n"
                + "The Port Alder City Council voted 5 to 2 against the dock plan on Monday.\n"
                + "Mayor Ines Toller said she would bring the plan back in June.\n"
                + "A grand jury is looking into the dock contracts, the mayor's office said.",
            GRAND_JURY);
    assertThat(actions)
        .extracting(ActionItem::kind)
        .contains(ActionKind.CONTACT_LOCAL_OFFICIALS)
        .doesNotContain(
            ActionKind.CONTACT_HOUSE,
            ActionKind.CONTACT_SENATE,
            ActionKind.FOLLOW_COMMITTEE,
            ActionKind.CONTACT_STATE_OFFICIALS);
    assertThat(actions).extracting(ActionItem::url).contains(ActionItem.LOCAL_GOVERNMENTS);
  }

  @Test
  void neverSuggestsAnActionThatTakesASide() {
    for (ConceptCard c : List.of(GRAND_JURY, DREDGING_ACT, CONFIRMATION)) {
      assertThat(
              suggest(
                  "Senate Weighs Dredging Bill\n"
                      + "The Senate debated the Harbor Dredging Act and Senate confirmation rules.\n"
                      + "Congress will vote in June; a grand jury met the same day.",
                  c))
          .extracting(ActionItem::text)
          .noneMatch(t -> t.matches("(?i).*\\b(oppose|support|stop|demand|urge)\\b.*"));
    }
  }
}
