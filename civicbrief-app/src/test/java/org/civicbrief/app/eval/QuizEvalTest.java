package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.Quiz;
import org.junit.jupiter.api.Test;

class QuizEvalTest {

  private static Question question(String id, QuestionKind kind, Difficulty difficulty) {
    return new Question(
        id,
        kind,
        "Stem " + id + "?",
        List.of("True", "False"),
        "True",
        "Because.",
        new Evidence(0, 0, 4),
        difficulty,
        "dek",
        false,
        Optional.empty());
  }

  @Test
  void reportsGatePassRatesQuestionCountsAndTheMixOfKinds() {
    QuizEval eval = new QuizEval();
    eval.add(
        new Quiz(
            List.of(question("a", QuestionKind.TRUE_FALSE, Difficulty.EASY)),
            5,
            10,
            Map.of("stemHidesKey", 2)));
    eval.add(
        new Quiz(
            List.of(
                question("b", QuestionKind.TRUE_FALSE, Difficulty.HARD),
                question("c", QuestionKind.TRUE_FALSE, Difficulty.HARD)),
            5,
            10,
            Map.of("stemHidesKey", 3)));
    eval.fail();
    String report = eval.report();
    assertThat(report).contains("2 articles quizzed, 1 records failed; 20 candidate questions");
    assertThat(report).containsPattern("stemHidesKey\\s+5\\s+75.0%");
    assertThat(report).containsPattern("mean\\s+1.50");
    assertThat(report).containsPattern("share of target written\\s+30.0%");
    assertThat(report).containsPattern("HARD\\s+2\\s+66.7%");
  }
}
