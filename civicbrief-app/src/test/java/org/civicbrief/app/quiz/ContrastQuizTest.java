package org.civicbrief.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.quiz.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A county story written for the project (quiz/contrast.txt) with the shapes a blind reviewer
 * rejected on real news (round R10): a state set beside the fact for contrast, a statement with a
 * tally between dashes, "the court" when the story also has justices, a list item with no subject,
 * an opening that leans on the sentence before, a measure's number at the start of a sentence.
 */
class ContrastQuizTest {

  private static List<Question> items;

  @BeforeAll
  static void brief() {
    items =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/quiz/contrast.txt", "2025-11-05"))
            .briefing()
            .quiz()
            .questions()
            .stream()
            .filter(q -> !q.background())
            .toList();
  }

  @Test
  void aStateSetBesideTheFactForContrastIsNotSwapped() {
    assertThat(items)
        .noneMatch(q -> q.stem().contains("Unlike in") && !q.stem().contains("Oregon"));
  }

  @Test
  void aStatementWithAnAsideBetweenDashesIsNotAsked() {
    assertThat(items).noneMatch(q -> q.stem().contains("5-2"));
  }

  @Test
  void theCourtIsNotNamedAfterTheOnlyCourtTheStoryNamesWhenItAlsoHasJustices() {
    assertThat(items).noneMatch(q -> q.stem().contains("Court of Appeals set oral argument"));
  }

  @Test
  void noStemOpensOnAVerbOrOnTheSentenceBefore() {
    assertThat(items)
        .noneMatch(q -> body(q).matches("^(Directs|But|Just weeks earlier)\\b.*"))
        .noneMatch(q -> q.stem().contains("the county leader"));
  }

  @Test
  void aMeasuresNumberIsALabelEvenAtTheStartOfASentence() {
    assertThat(items)
        .noneMatch(
            q -> q.stem().matches(".*Measure \\d+ requires.*") && !q.stem().contains("Measure 12"));
    assertThat(items).noneMatch(q -> q.answer().equals("12"));
  }

  @Test
  void anOutcomeWithAClearOppositeGetsAFalseTwinWithItReversed() {
    // quiz/reversal.txt: the lead's statement has no name, number, date or place to swap fairly;
    // its false twin reverses the outcome, and the lead is asked first with a false key.
    Question lead =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/quiz/reversal.txt", "2025-11-08"))
            .briefing()
            .quiz()
            .questions()
            .stream()
            .filter(q -> q.stem().contains("ferry funding bill"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the lead's statement is not asked"));
    assertThat(lead.stem()).contains("Ana Reyes vetoed the Harlow ferry funding bill");
    assertThat(lead.answer()).isEqualTo("False");
    assertThat(lead.explanation()).contains("“signed”, not “vetoed”");
  }

  @Test
  void aNumberAfterABoundOrBesideATallyIsNotBlanked() {
    // "less than _____": a larger wrong option is also true; "5-2 … but _____ members": the tally
    // gives the count.
    assertThat(items).noneMatch(q -> q.answer().equals("20 percent") || q.answer().equals("two"));
  }

  @Test
  void aDateThatEndsTheActIsNotAskedAsWhenItHappened() {
    assertThat(items).noneMatch(q -> q.stem().startsWith("When") && q.stem().contains("froze"));
  }

  @Test
  void aRulingThatSomeoneCouldNotBeRemovedIsAFactNotAGuess() {
    // quiz/ruling.txt: "ruled that … could not be removed" reports the ruling; the lead is asked,
    // its negation (the source's own) in capitals so that no reader misses it (Q5).
    List<Question> ruling =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/quiz/ruling.txt", "2025-06-03"))
            .briefing()
            .quiz()
            .questions();
    assertThat(ruling)
        .anyMatch(q -> q.stem().contains("could NOT be removed from the Harlow ballot"));
  }

  @Test
  void aStateIsNotSwappedWhereTheFactHoldsForEveryState() {
    assertThat(items)
        .noneMatch(q -> q.stem().contains("every other state") && q.answer().equals("False"));
  }

  @Test
  void aDatelineIsLeftOutOfTheStatementNotTakenForAnEditorsNote() {
    List<Question> quiz =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/quiz/dateline.txt", "2025-06-20"))
            .briefing()
            .quiz()
            .questions();
    // The statement, or its reversed twin, written whole once the dateline is left out.
    assertThat(quiz)
        .anyMatch(
            q ->
                q.stem().contains("A state appeals court on Thursday upheld Harlow County's new")
                    || q.stem()
                        .contains(
                            "A state appeals court on Thursday struck down Harlow County's new"));
    assertThat(quiz).noneMatch(q -> q.stem().contains("CARSON CITY"));
  }

  @Test
  void aStateThatNamesWhatEveryStateHasIsNotSwapped() {
    // "urged Nevada residents": another state's residents may have been urged too.
    assertThat(items).noneMatch(q -> q.stem().contains("urged") && !q.stem().contains("Nevada"));
  }

  private static String body(Question q) {
    return q.stem()
        .replaceFirst("^(True or false|Fill in the blank)( \\([^)]*\\))?: ", "")
        .replaceFirst("^As reported on [^,]+, \\d{4}, ", "");
  }
}
