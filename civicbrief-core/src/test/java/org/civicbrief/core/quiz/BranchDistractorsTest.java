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
    BriefItem dek = new BriefItem("x", at("President Ada Voss"), List.of(), false);
    return TestBriefing.of(
            Article.ofText(TEXT, "guard.txt"),
            new Headline("Guard Sent to Harlow", Optional.empty()),
            dek)
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

  @Test
  void officesOfOneBranchAreComparable() {
    assertThat(Office.PRESIDENT.branch()).isEqualTo(Office.GOVERNOR.branch());
    assertThat(Office.JUDGE.branch()).isEqualTo(Office.JUSTICE.branch());
    assertThat(Office.JUDGE.branch()).isNotEqualTo(Office.GOVERNOR.branch());
    assertThat(Office.SENATOR.branch()).isNotEqualTo(Office.PRESIDENT.branch());
  }
}
