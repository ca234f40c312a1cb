package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A true/false statement is a whole clause of the article, cut only after its main verb, and its
 * false twin may move a month or a year the article gives for when something happened. A college
 * story written for the project (quiz/asides.txt).
 */
class StatementCutsTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/asides.txt", "2025-09-16").all();
  }

  private static List<Candidate> statements() {
    return candidates.stream().filter(c -> c.kind() == QuestionKind.TRUE_FALSE).toList();
  }

  @Test
  void aDashAfterAnOpeningPhraseIsNoDateline() {
    // "In April, the board broadened its demands —" and "Valley Democrats –" are no datelines:
    // the statement never starts where the dash left it.
    assertThat(statements())
        .noneMatch(c -> c.stem().matches("^True or false[^:]*: (asking|who) .*"));
  }

  @Test
  void aListBeforeTheMainVerbIsNotCutAtItsLastAnd() {
    assertThat(statements())
        .noneMatch(c -> c.stem().endsWith("Harbor Lake Capital."))
        .anyMatch(c -> c.stem().contains("will oversee the college's online programs"));
  }

  @Test
  void aMonthSaysWhenAndItsTwinMovesIt() {
    assertThat(statements())
        .filteredOn(c -> c.answer().equals("False") && c.stem().contains("signed an order"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.stem()).doesNotContain("In May,").containsPattern("In [A-Z][a-z]+,");
              // The moved month gets no year of its own; the stem says as of when (S3).
              assertThat(c.stem().replaceFirst("^True or false \\(as reported on [^)]*\\): ", ""))
                  .doesNotContain("2025");
            });
  }

  @Test
  void aYearSaysWhenAndItsTwinMovesItIntoThePast() {
    assertThat(statements())
        .filteredOn(c -> c.answer().equals("False") && c.stem().contains("second campus"))
        .singleElement()
        .satisfies(
            c -> assertThat(c.stem()).doesNotContain("2023").containsPattern("in 20[0-2]\\d"));
  }

  @Test
  void aDateTheSentenceGlossesIsNotMoved() {
    assertThat(statements())
        .filteredOn(c -> c.answer().equals("False"))
        .noneMatch(c -> c.stem().contains("the first day of her second term"));
  }

  @Test
  void aYearThatBoundsACountOrAnAsideIsNotMoved() {
    assertThat(statements())
        .filteredOn(c -> c.answer().equals("False"))
        .noneMatch(c -> c.stem().contains("for the first time in"))
        .noneMatch(c -> c.stem().contains("who joined the college in"));
  }

  @Test
  void aListItemsAndIsNoSecondClause() {
    assertThat(statements())
        .filteredOn(c -> c.stem().contains("outlined cooperation"))
        .isNotEmpty()
        .allMatch(c -> c.stem().contains("and the harbor"));
  }

  @Test
  void aDateYearsBeforeTheArticleIsHistoryNotMoved() {
    assertThat(statements())
        .filteredOn(c -> c.stem().contains("heard arguments on"))
        .isNotEmpty()
        .noneMatch(c -> c.answer().equals("False"));
  }
}
