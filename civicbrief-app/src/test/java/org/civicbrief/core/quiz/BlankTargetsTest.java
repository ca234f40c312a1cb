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

  @Test
  void aPersonListedAfterAColonOfASideLabelledGroupIsNoBlank() {
    // "Three of the court's conservative justices dissented …: Samuel Alito, _____ and …": the
    // label stands in the clause before the colon (court-sides.txt, written for the project).
    List<Candidate> court = WrittenCandidates.of("/quiz/court-sides.txt", "2025-03-10").all();
    assertThat(court)
        .filteredOn(c -> c.kind() == QuestionKind.FILL_IN_BLANK)
        .filteredOn(c -> c.stem().contains("dissented from the order"))
        .noneMatch(c -> c.type() == AnswerType.PERSON);
  }

  @Test
  void aFalseStatementKeepsTheRankOfTheTitleBeforeTheName() {
    // "Chief Justice _____ joined …": only another chief justice could stand there; an associate
    // justice put behind the title gives the false statement away (REVIEW.md T1).
    assertThat(WrittenCandidates.of("/quiz/court-sides.txt", "2025-03-10").all())
        .filteredOn(c -> c.kind() == QuestionKind.TRUE_FALSE)
        .noneMatch(c -> c.stem().contains("Chief Justice Samuel Alito"))
        .noneMatch(c -> c.stem().contains("Chief Justice Elena Kagan"))
        .noneMatch(c -> c.stem().contains("Chief Justice Clarence Thomas"));
  }
}
