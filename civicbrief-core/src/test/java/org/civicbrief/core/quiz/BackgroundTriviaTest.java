package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.civic.QuizFact;
import org.junit.jupiter.api.Test;

/**
 * A card's fact asked beside a story is what the story turns on, not trivia about the card: no
 * rule's number, no case and no year the article never names (R18 and the session 13 audit of the
 * background items: "Federal Rule of Civil Procedure 65", "Which case established judicial review
 * in 1803?" beside a story about citizenship). Articles written for the project.
 */
class BackgroundTriviaTest {

  private static final String ARTICLE =
      "A federal judge in Harlow on Monday blocked an order ending citizenship by birth for children"
          + " of visitors, citing the Fourteenth Amendment and the 1898 ruling in United States v."
          + " Wong Kim Ark. The state of Red Mesa sued in March.";

  private static QuizFact fact(String question, String answer) {
    return new QuizFact(question, answer, List.of("One", "Two", "Three"));
  }

  @Test
  void aRulesNumberIsTriviaHoweverItIsWritten() {
    assertThat(GenerateQuiz.trivia(fact("Which rule governs …?", "Rule 65"), ARTICLE)).isTrue();
    assertThat(
            GenerateQuiz.trivia(
                fact("Which procedural rule governs …?", "Federal Rule of Civil Procedure 65"),
                ARTICLE))
        .isTrue();
    assertThat(GenerateQuiz.trivia(fact("Which title bars …?", "Title VI of the Act"), ARTICLE))
        .isTrue();
  }

  @Test
  void aCaseTheArticleNeverNamesIsTrivia() {
    assertThat(
            GenerateQuiz.trivia(
                fact("Which case established judicial review in 1803?", "Marbury v. Madison"),
                ARTICLE))
        .isTrue();
    // Named by the article, by its party other than the government: part of the story.
    assertThat(
            GenerateQuiz.trivia(
                fact("Which 1898 case …?", "United States v. Wong Kim Ark"), ARTICLE))
        .isFalse();
  }

  @Test
  void aYearTheArticleNeverWritesIsTrivia() {
    assertThat(GenerateQuiz.trivia(fact("In what year was it ratified?", "1868"), ARTICLE))
        .isTrue();
    assertThat(GenerateQuiz.trivia(fact("In what year was the case decided?", "1898"), ARTICLE))
        .isFalse();
  }

  @Test
  void whatARuleDoesIsNoTrivia() {
    assertThat(GenerateQuiz.trivia(fact("How long may an order last?", "14 days"), ARTICLE))
        .isFalse();
    assertThat(
            GenerateQuiz.trivia(
                fact("Which article vests the executive power?", "Article II"), ARTICLE))
        .isFalse();
  }

  @Test
  void aCardFactWhoseKeyAnArticleItemAlreadyAsksIsTheSameFact() {
    // "Prop. 7 keeps the new maps through _____" (2030) beside the card's "Through which year's
    // elections may the maps be used?" (2030): one fact asked twice (REVIEW.md C2).
    Question blank =
        new Question(
            "q-1",
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: Prop. 7 keeps the new congressional maps through _____.",
            List.of("2030", "2031", "2033", "2035"),
            "2030",
            "The answer is 2030.",
            new Evidence(0, 0, 10),
            Difficulty.MEDIUM,
            "summary[0]",
            false,
            java.util.Optional.empty());
    assertThat(
            GenerateQuiz.answeredBy(
                fact("Through which year's elections may the maps be used?", "2030"),
                List.of(blank)))
        .isTrue();
    assertThat(GenerateQuiz.answeredBy(fact("When was it ratified?", "1868"), List.of(blank)))
        .isFalse();
  }
}
