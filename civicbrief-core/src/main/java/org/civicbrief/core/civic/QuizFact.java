package org.civicbrief.core.civic;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A background question about a concept itself (not about the story), with its key and wrong
 * options.
 *
 * @param question the question
 * @param answer the correct answer
 * @param distractors plausible wrong answers, each different from the answer and from each other
 */
public record QuizFact(String question, String answer, List<String> distractors) {

  public QuizFact {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    distractors = List.copyOf(distractors);
    if (question.isBlank() || answer.isBlank()) {
      throw new IllegalArgumentException("quiz fact needs a question and an answer");
    }
    if (distractors.isEmpty()) {
      throw new IllegalArgumentException("quiz fact '" + question + "' has no distractors");
    }
    Set<String> seen = new HashSet<>();
    seen.add(answer.strip().toLowerCase(Locale.ROOT));
    for (String d : distractors) {
      if (d.isBlank() || !seen.add(d.strip().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "quiz fact '" + question + "': distractor '" + d + "' is blank or repeats an option");
      }
    }
  }
}
