package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A blank tests the news, not what stands beside it (REVIEW.md Q4; R19 rejected a campaign's year,
 * the outlet that reported the story and the headline's own person as blanks). A transit story
 * written for the project (quiz/blank-targets.txt).
 */
class BlankTargetsTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/blank-targets.txt", "2025-05-14").all();
    candidates.forEach(
        c ->
            System.out.println(
                "CAND "
                    + c.kind()
                    + " | "
                    + c.stem()
                    + " | "
                    + c.answer()
                    + " | "
                    + c.distractors()));
  }

  private static List<Candidate> blanks() {
    return candidates.stream().filter(c -> c.kind() == QuestionKind.FILL_IN_BLANK).toList();
  }

  @Test
  void aYearInTheCommentAfterTheClaimIsNoBlank() {
    assertThat(blanks()).noneMatch(c -> c.answer().equals("2024"));
  }

  @Test
  void theOutletThatReportsIsNoBlank() {
    assertThat(blanks()).noneMatch(c -> c.answer().contains("Coastline"));
  }

  @Test
  void thePersonTheHeadlineNamesIsNoBlank() {
    assertThat(blanks()).noneMatch(c -> c.answer().contains("Ruiz"));
  }

  @Test
  void aCountBeforeAPluralHasNoOneAmongItsOptions() {
    assertThat(blanks())
        .filteredOn(c -> c.answer().equals("Three"))
        .allMatch(c -> !c.distractors().contains("One"));
  }

  @Test
  void aPersonOfAGroupLabelledWithASideIsNoBlank() {
    assertThat(blanks())
        .noneMatch(c -> c.answer().contains("Alito"))
        .noneMatch(c -> c.answer().contains("Thomas"))
        .noneMatch(c -> c.answer().contains("Gorsuch"));
  }

  @Test
  void aDateKeyWithoutItsYearSaysAsOfWhen() {
    // "approved … on _____" with "June 12" as the key: the options are days of a year the
    // reader of the quiz cannot tell (REVIEW.md S3), so the stem gives the article's date.
    assertThat(blanks())
        .filteredOn(c -> c.type() == AnswerType.DATE && !c.answer().matches(".*\\d{4}.*"))
        .isNotEmpty()
        .allMatch(c -> c.stem().contains("(as reported on May 14, 2025)"));
  }
}
