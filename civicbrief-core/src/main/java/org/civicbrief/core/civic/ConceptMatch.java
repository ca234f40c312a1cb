package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicbrief.core.briefing.Evidence;

/**
 * A concept an article touches, with the spans of article text that triggered it.
 *
 * @param card the concept
 * @param score salience: triggering sentences weighted by position and by the headline and lead
 * @param evidence every triggering span in text order; {@code text.substring(start, end)} is the
 *     trigger as it stands in the article
 */
public record ConceptMatch(ConceptCard card, double score, List<Evidence> evidence) {

  public ConceptMatch {
    Objects.requireNonNull(card, "card");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("match of " + card.id() + " has no evidence");
    }
  }

  /** The indexes of the triggering sentences, in order, each once. */
  public List<Integer> sentences() {
    List<Integer> out = new ArrayList<>();
    for (Evidence e : evidence) {
      if (out.isEmpty() || out.getLast() != e.sentence()) {
        out.add(e.sentence());
      }
    }
    return out;
  }
}
