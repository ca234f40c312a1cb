package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicbrief.core.briefing.Evidence;

/**
 * A concept an article touches, with the spans of article text that triggered it.
 *
 * @param card the concept
 * @param score salience: triggering sentences weighted by position and by the headline and lead
 * @param evidence every triggering span in text order; {@code text.substring(start, end)} is the
 *     trigger as it stands in the article
 * @param situations for each span a situation trigger found (by its start offset), the situation
 *     the card describes it as ("force used abroad without a vote of Congress")
 */
public record ConceptMatch(
    ConceptCard card, double score, List<Evidence> evidence, Map<Integer, String> situations) {

  public ConceptMatch {
    Objects.requireNonNull(card, "card");
    evidence = List.copyOf(evidence);
    // A briefing stored before situations existed has none.
    // Sorted by offset: a briefing's bytes must not depend on a hash order that changes per run.
    situations =
        situations == null
            ? Map.of()
            : Collections.unmodifiableSortedMap(new TreeMap<>(situations));
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("match of " + card.id() + " has no evidence");
    }
  }

  /** A match whose spans were all found by the concept's own words, not by a situation. */
  public ConceptMatch(ConceptCard card, double score, List<Evidence> evidence) {
    this(card, score, evidence, Map.of());
  }

  /** The situation span {@code e} was found as, when a situation trigger found it. */
  public Optional<String> situationAt(Evidence e) {
    return Optional.ofNullable(situations.get(e.start()));
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
