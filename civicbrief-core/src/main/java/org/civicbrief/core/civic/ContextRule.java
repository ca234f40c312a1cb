package org.civicbrief.core.civic;

import java.util.List;

/**
 * When a trigger alone is ambiguous, the words that must (or must not) stand near it for the match
 * to count: "Article 2(4)" counts near "Charter"; "designation" counts near "terrorist".
 *
 * <p>Patterns use the trigger syntax and match case-insensitively; start one with {@code (?-i)} to
 * make it case-sensitive.
 *
 * @param anyOf at least one of these must occur in the window; empty means no such condition
 * @param noneOf none of these may occur in the window
 * @param window how many sentences on each side of the trigger's sentence count: 0 is the sentence
 *     alone, at most 2
 */
public record ContextRule(List<String> anyOf, List<String> noneOf, int window) {

  /** The widest window a rule may ask for: context further away is not context. */
  public static final int MAX_WINDOW = 2;

  public ContextRule {
    anyOf = List.copyOf(anyOf);
    noneOf = List.copyOf(noneOf);
    if (anyOf.isEmpty() && noneOf.isEmpty()) {
      throw new IllegalArgumentException("context rule has neither anyOf nor noneOf");
    }
    if (window < 0 || window > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "context window " + window + " is outside 0.." + MAX_WINDOW);
    }
    for (String p : anyOf) {
      PatternSyntax.compile(p, false);
    }
    for (String p : noneOf) {
      PatternSyntax.compile(p, false);
    }
  }
}
