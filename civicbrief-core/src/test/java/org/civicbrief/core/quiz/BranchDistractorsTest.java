package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.Role;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.civic.Officeholders;
import org.junit.jupiter.api.Test;

/**
 * A president's peers in a story are its other executives (a governor could have ordered the
 * deployment too), never its judge; a judge's are other judges. A story written for the project.
 */
class BranchDistractorsTest {

  private static final String TEXT =
      "Guard Sent to Harlow\n"
          + "President Ada Voss ordered the state guard to Harlow on Monday. "
          + "Governor Ben Cole objected. "
          + "U.S. District Judge Mara Quell set a hearing. "
          + "Resident Lena Ortiz watched the trucks.";

  private static Evidence at(String fragment) {
    int start = TEXT.indexOf(fragment);
    return new Evidence(1, start, start + fragment.length());
  }

  private static Actor person(String id, String name, String role) {
    return new Actor(
        id,
        name,
        ActorKind.PERSON,
        role.isEmpty() ? Optional.empty() : Optional.of(new Role(role, at(role))),
        2,
        List.of(),
        Optional.empty(),
        at(name),
        List.of());
  }

  private static Briefing briefing() {
    return briefing(Article.ofText(TEXT, "guard.txt"));
  }

  private static Briefing briefing(Article article) {
    BriefItem dek = new BriefItem("x", at("President Ada Voss"), List.of(), false);
    return TestBriefing.of(article, new Headline("Guard Sent to Harlow", Optional.empty()), dek)
        .summary(List.of(dek))
        .actors(
            List.of(
                person("a1", "Ada Voss", "President"),
                person("a2", "Ben Cole", "Governor"),
                person("a3", "Mara Quell", "U.S. District Judge"),
                person("a4", "Lena Ortiz", "Resident")))
        .build();
  }

  @Test
  void aPresidentsPeersAreTheStorysOtherExecutivesNotItsJudge() {
    List<String> options = new Distractors(briefing()).people("Ada Voss", Distractors.Ask.DID, 1);
    assertThat(options).first().isEqualTo("Ben Cole");
    assertThat(options).doesNotContain("Mara Quell", "Lena Ortiz", "Ada Voss");
  }

  private static Officeholders table() {
    java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1);
    return new Officeholders(
        List.of(
            new Officeholders.Tenure(
                List.of("Ada Voss"), "President", start, Optional.empty(), "x"),
            new Officeholders.Tenure(
                List.of("Cy Morrow"), "Vice President", start, Optional.empty(), "x"),
            new Officeholders.Tenure(
                List.of("Dee Park"), "Secretary of State", start, Optional.empty(), "x"),
            new Officeholders.Tenure(
                List.of("Eli Stone"), "Secretary of Defense", start, Optional.empty(), "x")));
  }

  @Test
  void aPresidentsPeersAreTheStorysExecutivesNeverTheCabinet() {
    // R19: cabinet secretaries offered as who moved to fire a Fed governor and who met a foreign
    // leader at a summit (D1); the story's governor could have ordered a deployment.
    Briefing b =
        briefing(
            Article.ofText(TEXT, "guard.txt").withPublished(java.time.LocalDate.of(2025, 3, 1)));
    Distractors d = new Distractors(b, table());
    assertThat(d.people("Ada Voss", Distractors.Ask.DID, 1, "Voss ordered the guard to Harlow."))
        .contains("Ben Cole")
        .doesNotContain("Cy Morrow", "Dee Park", "Eli Stone");
    // Only a president signs a bill into law: cabinet secretaries are no plausible answer.
    assertThat(d.people("Ada Voss", Distractors.Ask.DID, 1, "Voss signed the bill into law."))
        .doesNotContain(
            "Cy Morrow",
            "Dee Park",
            "Eli Stone",
            "Ben Cole"); // R17: "The order, which _____ signed on the first day of his second
    // term": a president's.
    assertThat(
            d.people(
                "Ada Voss",
                Distractors.Ask.DID,
                1,
                "The order, which Voss signed on the first day of her second term, froze grants."))
        .doesNotContain("Cy Morrow", "Dee Park", "Eli Stone", "Ben Cole");
  }

  @Test
  void aJusticeTheTableDoesNotListIsAStateJudgeWithNoJusticesAsPeers() {
    java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1);
    Officeholders nine =
        new Officeholders(
            List.of(
                new Officeholders.Tenure(
                    List.of("Ruth Abel"),
                    "Associate Justice of the Supreme Court",
                    start,
                    Optional.empty(),
                    "x")));
    Briefing b =
        briefing(
            Article.ofText(TEXT, "guard.txt").withPublished(java.time.LocalDate.of(2025, 3, 1)));
    // Mara Quell's role is "U.S. District Judge"; a bare "Justice" title of a state trial court
    // reads the same way once the table says she is not one of the nine.
    assertThat(new Distractors(b, nine).people("Mara Quell", Distractors.Ask.DID, 1))
        .doesNotContain("Ruth Abel");
  }

  @Test
  void officesOfOneBranchAreComparable() {
    assertThat(Office.PRESIDENT.branch()).isEqualTo(Office.GOVERNOR.branch());
    assertThat(Office.JUDGE.branch()).isEqualTo(Office.JUSTICE.branch());
    assertThat(Office.JUDGE.branch()).isNotEqualTo(Office.GOVERNOR.branch());
    assertThat(Office.SENATOR.branch()).isNotEqualTo(Office.PRESIDENT.branch());
  }

  @Test
  void aNomineeHoldsNoOfficeYet() {
    Briefing b = briefing();
    Actor nominee =
        new Actor(
            "a9",
            "Lena Ortiz",
            ActorKind.PERSON,
            Optional.of(new Role("attorney general nominee", new Evidence(1, 0, 5))),
            2,
            List.of(),
            Optional.empty(),
            at("Lena Ortiz"),
            List.of());
    Briefing withNominee =
        TestBriefing.of(b.article(), b.headline(), b.dek())
            .summary(b.summary())
            .actors(List.of(person("a1", "Ada Voss", "President"), nominee))
            .build();
    Distractors d = new Distractors(withNominee);
    assertThat(d.officeOf("Ada Voss")).contains(Office.PRESIDENT);
    assertThat(d.officeOf("Lena Ortiz")).isEmpty();
  }

  private static Officeholders twoTerms() {
    java.time.LocalDate first = java.time.LocalDate.of(2020, 1, 1);
    java.time.LocalDate second = java.time.LocalDate.of(2024, 1, 1);
    java.time.LocalDate third = java.time.LocalDate.of(2028, 1, 1);
    return new Officeholders(
        List.of(
            new Officeholders.Tenure(
                List.of("Otto Crane"),
                "President",
                java.time.LocalDate.of(2016, 1, 1),
                Optional.of(first),
                "x"),
            new Officeholders.Tenure(
                List.of("Ada Voss"), "President", first, Optional.of(second), "x"),
            new Officeholders.Tenure(
                List.of("Ivo Bell"), "President", second, Optional.of(third), "x"),
            new Officeholders.Tenure(
                List.of("Ada Voss"), "President", third, Optional.empty(), "x"),
            new Officeholders.Tenure(
                List.of("Cy Morrow"), "Vice President", second, Optional.of(third), "x"),
            new Officeholders.Tenure(
                List.of("Dee Park"), "Secretary of State", second, Optional.of(third), "x"),
            new Officeholders.Tenure(
                List.of("Eli Stone"),
                "Secretary of Defense",
                java.time.LocalDate.of(2028, 2, 9),
                Optional.empty(),
                "x")));
  }

  @Test
  void aFormerPresidentsPeersAreOtherFormerPresidentsNotTheSittingCabinet() {
    // A story of 2026 about what the former president Voss claimed: the sitting president's
    // cabinet (Morrow, Park) could not have claimed it; the president before her could.
    Briefing b =
        briefing(
            Article.ofText(TEXT, "guard.txt").withPublished(java.time.LocalDate.of(2026, 5, 1)));
    List<String> options =
        new Distractors(b, twoTerms())
            .people("Ada Voss", Distractors.Ask.DID, 1, "Voss said she was immune.");
    assertThat(options).contains("Otto Crane").doesNotContain("Cy Morrow", "Dee Park", "Ivo Bell");
  }

  @Test
  void onAPresidentsFirstDayTheOutgoingCabinetIsNoPeer() {
    // Voss's second term starts on the article's date: Morrow and Park served her predecessor.
    Briefing b =
        briefing(
            Article.ofText(TEXT, "guard.txt").withPublished(java.time.LocalDate.of(2028, 1, 1)));
    List<String> options =
        new Distractors(b, twoTerms())
            .people("Ada Voss", Distractors.Ask.DID, 1, "Voss ordered the guard to Harlow.");
    assertThat(options).doesNotContain("Cy Morrow", "Dee Park");
  }
}
