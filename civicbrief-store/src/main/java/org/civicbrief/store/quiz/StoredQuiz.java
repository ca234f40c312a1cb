package org.civicbrief.store.quiz;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.civicbrief.core.quiz.Quiz;

/**
 * A quiz as stored, with the editors' verdicts so far.
 *
 * @param id the quiz id
 * @param briefingId the briefing it was written from
 * @param pipelineVersion the version of the pipeline that wrote it
 * @param quiz the questions as written
 * @param reviews the latest verdict per question id; questions without one are not reviewed yet
 * @param createdAt when it was stored
 */
public record StoredQuiz(
    long id,
    long briefingId,
    String pipelineVersion,
    Quiz quiz,
    Map<String, QuestionReview> reviews,
    Instant createdAt) {

  public StoredQuiz {
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(quiz, "quiz");
    Objects.requireNonNull(createdAt, "createdAt");
    reviews = Map.copyOf(reviews);
  }
}
