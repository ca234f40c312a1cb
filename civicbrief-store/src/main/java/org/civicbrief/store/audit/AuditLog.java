package org.civicbrief.store.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Json;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.Transaction;

/**
 * The audit log: every repository operation that changes state writes one row here, in the same
 * transaction as the change.
 */
public final class AuditLog {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final Database db;
  private final Json json;
  private final Clock clock;

  /** An audit log in {@code db}. */
  public AuditLog(Database db, Json json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a change inside the caller's transaction.
   *
   * @param details small values only (strings, numbers, booleans); never secrets
   */
  public void record(
      Transaction tx,
      Principal who,
      AuditAction action,
      String targetType,
      Object targetId,
      Map<String, ?> details)
      throws SQLException {
    tx.update(
        "INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, details)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        clock.instant(),
        who.userId(),
        who.name(),
        action.code(),
        targetType,
        String.valueOf(targetId),
        json.write(details));
  }

  /** The latest entries, newest first. */
  public List<AuditEntry> recent(int limit) {
    return db.read(
        "read the audit log",
        tx ->
            tx.list(
                "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?",
                this::entry,
                Math.max(0, limit)));
  }

  /** The entries about one target, oldest first. */
  public List<AuditEntry> about(String targetType, Object targetId) {
    return db.read(
        "read the audit log",
        tx ->
            tx.list(
                "SELECT * FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY id",
                this::entry,
                targetType,
                String.valueOf(targetId)));
  }

  private AuditEntry entry(Row r) throws SQLException {
    return new AuditEntry(
        r.number("id"),
        r.instant("at"),
        new Principal(r.optNumber("actor_id"), r.text("actor_name")),
        AuditAction.ofCode(r.text("action")),
        r.text("target_type"),
        r.text("target_id"),
        json.read(r.text("details"), DETAILS));
  }
}
