package org.civicbrief.core.briefing;

import java.util.Objects;
import java.util.Optional;

/**
 * The headline.
 *
 * @param text the headline
 * @param evidence where it stands in the article text; empty when it came from metadata only (a
 *     JSON record's {@code title} field that is not part of its text)
 */
public record Headline(String text, Optional<Evidence> evidence) {

  public Headline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }
}
