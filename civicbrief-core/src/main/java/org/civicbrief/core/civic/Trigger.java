package org.civicbrief.core.civic;

import java.util.Objects;
import java.util.Optional;

/**
 * A form of words that signals a concept in an article.
 *
 * <p>The pattern is a Java regular expression matched as whole words; a space in it matches any
 * whitespace and an apostrophe matches either apostrophe. Acronyms such as {@code ICE} are
 * case-sensitive so that the common word does not trigger them.
 *
 * @param pattern the expression
 * @param caseSensitive true to match the letters' case exactly
 * @param context the words that must or must not stand near it, when it is ambiguous alone
 * @param situation for a trigger that recognises the civic situation the concept governs rather
 *     than its name ("force used abroad without a vote of Congress" for the War Powers Resolution),
 *     that situation in plain words; empty for a trigger on the concept's own words
 */
public record Trigger(
    String pattern,
    boolean caseSensitive,
    Optional<ContextRule> context,
    Optional<String> situation) {

  /** The longest situation description: a noun phrase, not an explanation. */
  public static final int MAX_SITUATION = 160;

  public Trigger {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(context, "context");
    // A card stored in a briefing before situations existed has none.
    situation = situation == null ? Optional.empty() : situation;
    PatternSyntax.compile(pattern, caseSensitive);
    if (situation.isPresent()
        && (situation.get().isBlank() || situation.get().length() > MAX_SITUATION)) {
      throw new IllegalArgumentException(
          "situation of trigger '" + pattern + "' must be 1.." + MAX_SITUATION + " characters");
    }
  }

  /** A trigger on the concept's own words (its name, an acronym, a term that evokes it). */
  public Trigger(String pattern, boolean caseSensitive, Optional<ContextRule> context) {
    this(pattern, caseSensitive, context, Optional.empty());
  }

  /** True when the trigger recognises a situation the concept governs, not the concept's words. */
  public boolean describesSituation() {
    return situation.isPresent();
  }

  /** A case-insensitive trigger with no context rule. */
  public static Trigger of(String pattern) {
    return new Trigger(pattern, false, Optional.empty());
  }
}
