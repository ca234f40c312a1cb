package org.civicbrief.store.briefing;

import java.time.Instant;
import java.util.Objects;
import org.civicbrief.store.audit.Principal;

/**
 * One step of a briefing's review.
 *
 * @param id the decision id, increasing with time
 * @param briefingId the briefing
 * @param from the state before
 * @param to the state after
 * @param editor who decided
 * @param note why, in the editor's words (may be empty)
 * @param decidedAt when
 */
public record EditorDecision(
    long id,
    long briefingId,
    ReviewState from,
    ReviewState to,
    Principal editor,
    String note,
    Instant decidedAt) {

  public EditorDecision {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
