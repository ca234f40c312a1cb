package org.civicbrief.core.briefing;

import java.util.Objects;

/**
 * An actor's role as the article states it.
 *
 * @param text the role ("former DEA agent", "President of Mexico")
 * @param evidence the span the role was read from
 */
public record Role(String text, Evidence evidence) {

  public Role {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }
}
