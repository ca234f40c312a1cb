package org.civicbrief.store.briefing;

import java.util.Locale;
import java.util.Set;

/**
 * Where a briefing is in editorial review. A new briefing is a draft; an editor approves or rejects
 * it; only an approved briefing is published; a published one can be unpublished and published
 * again, or sent back to draft.
 */
public enum ReviewState {
  DRAFT,
  APPROVED,
  REJECTED,
  PUBLISHED,
  UNPUBLISHED;

  /** The stored code, such as {@code published}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The states an editor can move a briefing to from this one. */
  public Set<ReviewState> next() {
    return switch (this) {
      case DRAFT -> Set.of(APPROVED, REJECTED);
      case APPROVED -> Set.of(PUBLISHED, REJECTED, DRAFT);
      case REJECTED -> Set.of(APPROVED, DRAFT);
      case PUBLISHED -> Set.of(UNPUBLISHED);
      case UNPUBLISHED -> Set.of(PUBLISHED, DRAFT);
    };
  }

  static ReviewState ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
