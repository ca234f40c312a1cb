package org.civicbrief.store.quiz;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reader's answers to a quiz, to be stored.
 *
 * @param quizId the quiz
 * @param readerId an anonymous id the web layer gives a reader (a random cookie value), 8 to 64 of
 *     {@code A-Z a-z 0-9 _ -}; never a user name or an address
 * @param answers the chosen option per question id
 * @param score how many answers were right
 * @param maxScore how many could have been
 * @param timeTaken how long the reader took, when known
 */
public record NewAttempt(
    long quizId,
    String readerId,
    Map<String, String> answers,
    int score,
    int maxScore,
    Optional<Duration> timeTaken) {

  private static final Pattern READER = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  public NewAttempt {
    Objects.requireNonNull(readerId, "readerId");
    if (!READER.matcher(readerId).matches()) {
      throw new IllegalArgumentException(
          "a reader id is 8 to 64 letters, digits, underscores or hyphens");
    }
    answers = Map.copyOf(answers);
    if (maxScore < 0 || score < 0 || score > maxScore) {
      throw new IllegalArgumentException(
          "a score must be between 0 and the maximum, got " + score + " of " + maxScore);
    }
    Objects.requireNonNull(timeTaken, "timeTaken");
    if (timeTaken.isPresent() && timeTaken.get().isNegative()) {
      throw new IllegalArgumentException("the time taken cannot be negative");
    }
  }
}
