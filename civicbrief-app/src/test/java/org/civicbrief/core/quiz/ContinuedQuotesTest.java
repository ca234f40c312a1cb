package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who-said items for a quotation whose speaker stands right against it in the next sentence (the
 * splitter cuts a quotation of two sentences), and for the second quotation that follows its
 * speaker's attribution, as news writing gives it to the same speaker; never through a pronoun
 * (quiz/continued-quotes.txt, written for the project).
 */
class ContinuedQuotesTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/continued-quotes.txt", "2025-03-11").all();
  }

  private static boolean asks(String words, String speaker) {
    return candidates.stream()
        .anyMatch(
            c ->
                c.kind() == QuestionKind.WHO_SAID
                    && c.stem().contains(words)
                    && c.answer().equals(speaker));
  }

  @Test
  void aQuotationOfTwoSentencesIsGivenToTheNameRightAfterIt() {
    assertThat(asks("Another month of checking will not sink anyone", "Mara Quinn")).isTrue();
  }

  @Test
  void theSecondQuotationAfterItsSpeakersAttributionIsAskedAbout() {
    assertThat(asks("Every week of delay costs the ferry riders", "Tom Bexley")).isTrue();
    assertThat(asks("Nobody on the council wants to pay twice", "Omar Hale")).isTrue();
  }

  @Test
  void aQuotationThatFollowsAPronounsAttributionIsNotAskedAbout() {
    assertThat(candidates)
        .noneMatch(
            c ->
                c.kind() == QuestionKind.WHO_SAID
                    && c.stem().contains("The riders deserve a straight answer"));
  }

  @Test
  void wordsThatLeanOnTheQuotationBeforeAreNotAskedAbout() {
    assertThat(candidates)
        .noneMatch(
            c -> c.kind() == QuestionKind.WHO_SAID && c.stem().contains("It will cost more"));
  }

  @Test
  void wordsInWhichTheSpeakerSaysWhoSheIsAreNotAskedAbout() {
    assertThat(candidates)
        .noneMatch(
            c ->
                c.kind() == QuestionKind.WHO_SAID
                    && c.stem().contains("I have served on this council"));
  }
}
