package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story's central claim gets a statement even when the lead sentence goes on past it (REVIEW.md
 * C1): a comment set after the claim, or a prediction in a relative clause, is cut, not a reason to
 * leave the claim untested. A court story written for the project (quiz/lead-claims.txt).
 */
class LeadClaimTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/lead-claims.txt", "2026-07-01").all();
  }

  private static List<Candidate> statements() {
    return candidates.stream().filter(c -> c.kind() == QuestionKind.TRUE_FALSE).toList();
  }

  @Test
  void theLeadsClaimIsAStatement() {
    assertThat(statements())
        .anyMatch(c -> c.stem().endsWith("on charges of misusing campaign funds."));
  }

  @Test
  void aPredictionInARelativeClauseIsCut() {
    assertThat(statements())
        .anyMatch(
            c ->
                c.stem()
                    .endsWith(
                        "The state Supreme Court has allowed the state elections board to adopt a new county map."))
        .noneMatch(c -> c.stem().contains("could significantly"));
  }

  @Test
  void theWritersFramingIsNoPartOfAStatement() {
    assertThat(statements())
        .anyMatch(c -> c.stem().contains("ordered Harlan County to repay"))
        .noneMatch(c -> c.stem().contains("landmark"))
        .noneMatch(c -> c.stem().contains("setback"));
  }

  @Test
  void aFramingAdjectiveIsLeftOutOfTheStatement() {
    assertThat(statements())
        .anyMatch(c -> c.stem().contains("order froze the county's road budget"))
        .noneMatch(c -> c.stem().contains("unprecedented"));
  }

  @Test
  void butWithoutACommaOpensASecondClaim() {
    assertThat(statements()).noneMatch(c -> c.stem().contains("but asked the state board"));
  }
}
