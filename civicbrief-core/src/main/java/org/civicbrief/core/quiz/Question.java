package org.civicbrief.core.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.briefing.Evidence;

/**
 * One quiz question.
 *
 * @param id stable identifier, derived from the article and the fact it tests
 * @param kind what it asks
 * @param stem the question
 * @param options the choices: three or four for multiple choice, {@code True} and {@code False} for
 *     true/false; their order is fixed by the id
 * @param answer the right option, exactly as it stands in {@code options}
 * @param explanation why the answer is right, citing the source sentence and its outlet
 * @param evidence the sentence span the answer comes from
 * @param difficulty easy, medium or hard
 * @param tests the briefing item it tests ({@code coreFacts[2]}, {@code quotes/q3}, {@code
 *     actors/a1}, {@code timeline[0]}, {@code summary[1]}, {@code concepts/war-powers-resolution})
 * @param background true for a question about a civic concept from the knowledge base rather than
 *     about the article itself
 * @param source for background questions, the citation of the card (title and URL)
 */
public record Question(
    String id,
    QuestionKind kind,
    String stem,
    List<String> options,
    String answer,
    String explanation,
    Evidence evidence,
    Difficulty difficulty,
    String tests,
    boolean background,
    Optional<String> source) {

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(tests, "tests");
    Objects.requireNonNull(source, "source");
    options = List.copyOf(options);
    // A multiple-choice item has a key and two or three strong distractors (REVIEW.md D5).
    boolean fits =
        kind == QuestionKind.TRUE_FALSE
            ? options.size() == 2
            : options.size() == 3 || options.size() == 4;
    if (!fits) {
      throw new IllegalArgumentException(
          "question "
              + id
              + " needs "
              + (kind == QuestionKind.TRUE_FALSE ? "2" : "3 or 4")
              + " options, has "
              + options.size());
    }
    if (!options.contains(answer)) {
      throw new IllegalArgumentException("question " + id + ": the answer is not an option");
    }
    if (new HashSet<>(options.stream().map(o -> o.toLowerCase(java.util.Locale.ROOT)).toList())
            .size()
        != options.size()) {
      throw new IllegalArgumentException("question " + id + " has repeated options");
    }
  }

  /** The index of the answer among the options. */
  public int answerIndex() {
    return options.indexOf(answer);
  }
}
