package org.civicbrief.spark.store;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What storing one briefing did.
 *
 * @param position the record's input position
 * @param id the record's id
 * @param status stored now, stored by an earlier run, or failed
 * @param articleId the article's row id, or 0 when it failed
 * @param briefingId the briefing's row id, or 0 when it failed
 * @param reason why it failed, or the empty string
 */
public record StoreResult(
    long position, String id, Status status, long articleId, long briefingId, String reason)
    implements Serializable {

  /** What happened to one briefing. */
  public enum Status {
    /** Written by this run. */
    STORED,
    /** Already there: a re-run, or a retried task, wrote nothing twice. */
    ALREADY_STORED,
    /** The database refused this record (the reason says why); the others went on. */
    FAILED;

    /** The status as written in the output, such as {@code already_stored}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public StoreResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}
