package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The question writers' rules from blind rounds R10–R14, on every candidate they write for a county
 * story made up for the project (quiz/contrast.txt), before the gates and the selection: a quiz
 * keeps only a few items, so a rule is tested where it acts, not on the items that happen to be
 * chosen.
 */
class CandidateRulesTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/contrast.txt", "2025-11-05").all();
  }

  private static List<Candidate> falseStatements() {
    return candidates.stream()
        .filter(c -> c.kind() == QuestionKind.TRUE_FALSE && c.answer().equals("False"))
        .toList();
  }

  @Test
  void theStoryGivesTheWritersSomethingToWorkOn() {
    assertThat(falseStatements()).isNotEmpty();
    assertThat(candidates).anyMatch(c -> c.kind() == QuestionKind.WHEN);
  }

  @Test
  void aStateSetBesideTheFactForContrastIsNotSwapped() {
    assertThat(falseStatements())
        .noneMatch(c -> c.stem().contains("Unlike in") && !c.stem().contains("Unlike in Oregon"));
  }

  @Test
  void aStateIsNotSwappedWhereTheFactHoldsForEveryStateOrNamesWhatEveryStateHas() {
    assertThat(falseStatements())
        .noneMatch(c -> c.stem().contains("every other state") && !c.stem().contains("Nevada"))
        .noneMatch(c -> c.stem().contains("urged") && !c.stem().contains("Nevada residents"));
  }

  @Test
  void aStatementWithAnAsideBetweenDashesIsNotWritten() {
    assertThat(candidates)
        .filteredOn(c -> c.kind() == QuestionKind.TRUE_FALSE)
        .noneMatch(c -> c.stem().contains("— 5-2 —"));
  }

  @Test
  void aMeasuresNumberIsALabelEvenAtTheStartOfASentence() {
    assertThat(falseStatements()).noneMatch(c -> c.stem().matches(".*Measure (?!12\\b)\\d+.*"));
    assertThat(candidates).noneMatch(c -> c.answer().equals("12"));
  }

  @Test
  void aNumberAfterABoundIsNotBlanked() {
    // The rule's predicate: the contrast story's own stake sentence writes no blank with or
    // without it, so the bound is checked where the writer asks.
    String text = "ByteDance keeps a stake of less than 20 per cent, and at least $5 a ticket.";
    assertThat(AskFillInBlank.afterBound(text, text.indexOf("20"))).isTrue();
    assertThat(AskFillInBlank.afterBound(text, text.indexOf("5 a"))).isTrue();
    assertThat(AskFillInBlank.afterBound(text, text.indexOf("ByteDance"))).isFalse();
  }

  @Test
  void aDateThatEndsTheActIsNotAskedAsWhenItHappened() {
    // R11's wrong key: "When did … freeze his injunction until noon?" keyed to the day it ends.
    assertThat(AskWhen.endsTheAct("until")).isTrue();
    assertThat(AskWhen.endsTheAct("Through")).isTrue();
    assertThat(AskWhen.endsTheAct("on")).isFalse();
  }

  @Test
  void theCourtIsNotNamedAfterTheOnlyCourtTheStoryNamesWhenItAlsoHasJustices() {
    assertThat(candidates).noneMatch(c -> c.stem().contains("Court of Appeals set oral argument"));
  }
}
