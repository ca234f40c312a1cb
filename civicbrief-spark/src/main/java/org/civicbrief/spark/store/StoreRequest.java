package org.civicbrief.spark.store;

import java.io.Serializable;
import java.util.Objects;

/**
 * A briefing to store.
 *
 * @param position the record's input position
 * @param id the record's id
 * @param briefing the briefing as {@code BriefingJson#line} wrote it
 */
public record StoreRequest(long position, String id, String briefing) implements Serializable {

  public StoreRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(briefing, "briefing");
  }
}
