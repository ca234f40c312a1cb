package org.civicbrief.store.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the audit log.
 *
 * @param id the row id, increasing with time
 * @param at when the change was made
 * @param who who made it
 * @param action what kind of change it was
 * @param targetType what was changed ({@code article}, {@code briefing}, {@code user}, ...)
 * @param targetId the id of what was changed
 * @param details what changed, such as {@code {"from": "draft", "to": "approved"}}
 */
public record AuditEntry(
    long id,
    Instant at,
    Principal who,
    AuditAction action,
    String targetType,
    String targetId,
    Map<String, Object> details) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(targetId, "targetId");
    details = Map.copyOf(details);
  }
}
