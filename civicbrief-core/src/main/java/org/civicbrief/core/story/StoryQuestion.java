package org.civicbrief.core.story;

import java.util.Objects;
import org.civicbrief.core.quiz.Question;

/**
 * A question of a story quiz, with the article its evidence points into.
 *
 * @param articleId the article whose text {@code question.evidence()} points into
 * @param question the question
 */
public record StoryQuestion(String articleId, Question question) {

  public StoryQuestion {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(question, "question");
  }
}
