package org.civicbrief.app.eval;

import java.util.Map;

/**
 * Entity-level scores, CoNLL style: a predicted entity is right only when its tokens and type both
 * match a gold entity exactly.
 *
 * @param overall micro-averaged over all types
 * @param byType per type (PER, ORG, LOC, MISC)
 * @param gold gold entities per type, and in all under "all"
 * @param predicted predicted entities per type, and in all under "all"
 */
public record EntityScores(
    Prf overall,
    Map<String, Prf> byType,
    Map<String, Integer> gold,
    Map<String, Integer> predicted) {

  public EntityScores {
    byType = Map.copyOf(byType);
    gold = Map.copyOf(gold);
    predicted = Map.copyOf(predicted);
  }
}
