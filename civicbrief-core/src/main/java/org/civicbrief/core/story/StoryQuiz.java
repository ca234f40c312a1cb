package org.civicbrief.core.story;

import java.util.List;

/**
 * The quiz of a story: questions drawn from its articles' quizzes, the story's main points first,
 * none about a statement a later article changed.
 *
 * @param questions the questions
 */
public record StoryQuiz(List<StoryQuestion> questions) {

  public StoryQuiz {
    questions = List.copyOf(questions);
  }
}
