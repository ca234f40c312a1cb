package org.civicbrief.core.quiz.take;

import java.util.Objects;

/**
 * What a reader answered to one question.
 *
 * @param questionId the question's id
 * @param chosen the index of the option the reader chose
 * @param choice the text of that option
 * @param correct true when it is the question's answer
 */
public record Answer(String questionId, int chosen, String choice, boolean correct) {

  public Answer {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(choice, "choice");
    if (chosen < 0) {
      throw new IllegalArgumentException("question " + questionId + ": chosen option " + chosen);
    }
  }
}
