package org.civicbrief.core.quiz.take;

import java.util.List;

/**
 * How a reader did on a quiz.
 *
 * @param answers the answers given, in question order; fewer than the questions when the reader
 *     quit early
 * @param score how many answers were right
 * @param questions how many questions the quiz has
 */
public record QuizResult(List<Answer> answers, int score, int questions) {

  public QuizResult {
    answers = List.copyOf(answers);
    if (score < 0 || score > answers.size() || answers.size() > questions) {
      throw new IllegalArgumentException(
          "bad result: "
              + score
              + " right of "
              + answers.size()
              + " answered, "
              + questions
              + " questions");
    }
  }

  /** True when the reader answered every question. */
  public boolean finished() {
    return answers.size() == questions;
  }

  /** The share of answered questions that were right, in whole percent (0 when none was). */
  public int percent() {
    return answers.isEmpty() ? 0 : (int) Math.round(100.0 * score / answers.size());
  }
}
