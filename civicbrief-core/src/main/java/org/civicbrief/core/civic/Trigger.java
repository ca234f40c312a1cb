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
 */
public record Trigger(String pattern, boolean caseSensitive, Optional<ContextRule> context) {

  public Trigger {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(context, "context");
    PatternSyntax.compile(pattern, caseSensitive);
  }

  /** A case-insensitive trigger with no context rule. */
  public static Trigger of(String pattern) {
    return new Trigger(pattern, false, Optional.empty());
  }
}
