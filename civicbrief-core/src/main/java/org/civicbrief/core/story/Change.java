package org.civicbrief.core.story;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the newest article changes in what a story knew.
 *
 * @param kind the kind of change
 * @param description one line for a reader, made only of the statements' own words and values
 *     ("1,500 troops → 10,000 troops")
 * @param before what an earlier article said; empty for a new fact or a new actor, which no earlier
 *     article mentions
 * @param after what the newest article says
 */
public record Change(
    ChangeKind kind, String description, Optional<Statement> before, Statement after) {

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    boolean needsBefore = kind == ChangeKind.NUMBER_CHANGED || kind == ChangeKind.REVERSED;
    if (needsBefore != before.isPresent()) {
      throw new IllegalArgumentException(
          kind + (needsBefore ? " needs" : " has no") + " earlier statement: " + description);
    }
  }
}
