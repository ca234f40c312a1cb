package org.civicbrief.core.civic;

import java.util.List;
import java.util.Objects;

/**
 * A card's Spanish text (ADR 21), for Spanish briefings: its name, gloss, explanation and
 * background questions, written for the project like the English ones and resting on the same
 * primary source.
 *
 * @param id the card's id
 * @param name the name Spanish readers know
 * @param gloss a short noun phrase that says what it is
 * @param explanation two to four neutral sentences
 * @param source the primary source's title in Spanish: a Spanish page shows no English title
 *     (R-es2)
 * @param quizFacts background questions in Spanish
 */
public record SpanishCard(
    String id,
    String name,
    String gloss,
    String explanation,
    String source,
    List<QuizFact> quizFacts) {

  public SpanishCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(gloss, "gloss");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(source, "source");
    quizFacts = List.copyOf(quizFacts);
    if (name.isBlank()
        || gloss.isBlank()
        || explanation.isBlank()
        || source.isBlank()
        || quizFacts.isEmpty()) {
      throw new IllegalArgumentException(
          "card " + id + ": es needs a name, a gloss, an explanation, a source and quiz facts");
    }
  }
}
