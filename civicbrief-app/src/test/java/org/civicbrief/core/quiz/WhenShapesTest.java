package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A "when" question asks one clause's date, whole (REVIEW.md Q1; a reviewer-era stem read "when
 * have several lawsuits already been filed, and a three-judge panel … set a hearing -10?"). A fare
 * story written for the project (quiz/when-shapes.txt).
 */
class WhenShapesTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/when-shapes.txt", "2025-09-03").all();
  }

  @Test
  void noWhenStemJoinsTwoClausesOrLeavesARangeBehind() {
    assertThat(candidates)
        .filteredOn(c -> c.kind() == QuestionKind.WHEN)
        .noneMatch(c -> c.stem().contains(", and "))
        .noneMatch(c -> c.stem().matches(".*[-–]\\d+\\?$"));
  }

  @Test
  void aDayWithoutItsYearIsAskedAsOfTheArticlesDate() {
    assertThat(candidates)
        .filteredOn(c -> c.kind() == QuestionKind.TRUE_FALSE && c.stem().contains("Feb. 12"))
        .isNotEmpty()
        .allMatch(c -> c.stem().startsWith("True or false (as reported on September 3, 2025): "));
  }
}
