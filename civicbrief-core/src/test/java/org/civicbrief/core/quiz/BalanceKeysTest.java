package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.briefing.Evidence;
import org.junit.jupiter.api.Test;

/** A Spanish quiz's keys are spread over the letters (REVIEW.md D5, C4; ADR 21). */
class BalanceKeysTest {

  private static Question item(String id, List<String> options, String answer) {
    return new Question(
        id,
        QuestionKind.FILL_IN_BLANK,
        "Completa la frase: _____ firmó el decreto.",
        options,
        answer,
        "La respuesta es " + answer + ".",
        new Evidence(0, 0, 10),
        Difficulty.EASY,
        "dek",
        false,
        Optional.empty());
  }

  @Test
  void keysThatAShuffleLeftAtOneLetterMoveToTheLettersUsedLeast() {
    List<Question> quiz = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      quiz.add(item("q" + i, List.of("Ana Ruiz", "Luis Gil", "Eva Sol", "Juan Paz"), "Eva Sol"));
    }
    List<Question> balanced = GenerateQuiz.balanceKeys(quiz);
    assertThat(balanced)
        .extracting(q -> q.options().indexOf(q.answer()))
        .containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(balanced).allMatch(q -> q.options().containsAll(List.of("Ana Ruiz", "Juan Paz")));
  }

  @Test
  void numbersStayInAscendingOrder() {
    Question numbers = item("n", List.of("7", "11", "18", "27"), "18");
    assertThat(GenerateQuiz.balanceKeys(List.of(numbers)).getFirst().options())
        .containsExactly("7", "11", "18", "27");
  }
}
