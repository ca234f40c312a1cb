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
    if (name.isBlank() || gloss.isBlank() || explanation.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException(
          "card " + id + ": es needs a name, a gloss, an explanation and a source");
    }
  }

  /**
   * The Spanish text as it reads on {@code date}, by the English card's {@code holds} (whose marked
   * words may be Spanish too): sentences and questions that hold only from a later day are left
   * out. Empty when the gloss or the whole card holds only from a later day: the Spanish text has
   * no earlier wording of its own, so the card is not shown.
   */
  public java.util.Optional<SpanishCard> asOf(List<CardHolds> holds, java.time.LocalDate date) {
    List<String> sentences = new java.util.ArrayList<>(Reasons.split(explanation));
    List<QuizFact> facts = new java.util.ArrayList<>(quizFacts);
    boolean changed = false;
    for (CardHolds h : holds) {
      if (!h.from().isAfter(date)) {
        continue;
      }
      if (h.wholeCard() || h.marks(gloss) || h.marks(name)) {
        return java.util.Optional.empty();
      }
      changed |= sentences.removeIf(h::marks);
      changed |=
          facts.removeIf(
              f ->
                  h.marks(f.question())
                      || h.marks(f.answer())
                      || f.distractors().stream().anyMatch(h::marks));
    }
    if (sentences.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        changed
            ? new SpanishCard(id, name, gloss, String.join(" ", sentences), source, facts)
            : this);
  }
}
