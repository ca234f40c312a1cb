package org.civicbrief.core.civic;

import java.util.Objects;

/**
 * A quiz fact about a concept the story touches, to be asked as background (not as a question about
 * the story), with the citation its key rests on.
 *
 * @param cardId the card it comes from
 * @param conceptName the concept's name
 * @param fact the question, key and distractors
 * @param citation the card's primary source
 */
public record BackgroundFact(String cardId, String conceptName, QuizFact fact, Citation citation) {

  public BackgroundFact {
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(conceptName, "conceptName");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(citation, "citation");
  }
}
