package org.civicbrief.core.briefing;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor's role: as the article states it, or, for a person the article names without one, the
 * office the curated officeholders table says they held on the article's date.
 *
 * @param text the role ("former DEA agent", "President of Mexico", "Speaker of the House (as of
 *     March 3, 2025)")
 * @param evidence the span the role was read from; for a role from the table, the name it is about
 * @param source empty for a role the article states; for one from the officeholders table, the
 *     table and the official page its dates come from
 */
public record Role(String text, Evidence evidence, Optional<String> source) {

  public Role {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(source, "source");
  }

  /** A role the article states. */
  public Role(String text, Evidence evidence) {
    this(text, evidence, Optional.empty());
  }
}
