package org.civicbrief.store.quiz;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.store.audit.Principal;

/**
 * An editor's latest verdict on a question.
 *
 * @param questionId the question's id in the quiz
 * @param verdict approved, edited or rejected
 * @param editedText the editor's wording of the question; present exactly when edited
 * @param editor who decided
 * @param decidedAt when
 */
public record QuestionReview(
    String questionId,
    QuestionVerdict verdict,
    Optional<String> editedText,
    Principal editor,
    Instant decidedAt) {

  public QuestionReview {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(editedText, "editedText");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if ((verdict == QuestionVerdict.EDITED) != editedText.isPresent()) {
      throw new IllegalArgumentException(
          "edited text goes with an edited verdict and only with it");
    }
  }
}
