package org.civicbrief.store.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored attempt at a quiz.
 *
 * @param id the attempt id
 * @param quizId the quiz
 * @param readerId the reader's anonymous id
 * @param answers the chosen option per question id
 * @param score how many answers were right
 * @param maxScore how many could have been
 * @param timeTaken how long the reader took, when known
 * @param submittedAt when the answers were stored
 */
public record QuizAttempt(
    long id,
    long quizId,
    String readerId,
    Map<String, String> answers,
    int score,
    int maxScore,
    Optional<Duration> timeTaken,
    Instant submittedAt) {

  public QuizAttempt {
    Objects.requireNonNull(readerId, "readerId");
    answers = Map.copyOf(answers);
    Objects.requireNonNull(timeTaken, "timeTaken");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }
}
