package org.civicbrief.store.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.store.db.Database;

/**
 * Failed sign-ins per user name and address, in the database, so that a guesser who spreads
 * attempts over several servers behind a load balancer meets one count, not one per server. Keys
 * are stored as SHA-256 hashes: the table names neither users nor addresses.
 */
public final class SignInFailures {

  /** Counts older than this are forgotten. */
  static final Duration KEPT = Duration.ofDays(1);

  private final Database db;
  private final Clock clock;

  /** The failures in {@code db}. */
  public SignInFailures(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * How many failures a key has had, and when the last one was.
   *
   * @param failures the count since the last success
   * @param last when the last failure was
   */
  public record Count(int failures, Instant last) {}

  /** The count for {@code key} (a user name and an address), if it has failed recently. */
  public Optional<Count> of(String key) {
    return db.read(
        "read failed sign-ins",
        tx ->
            tx.one(
                "SELECT failures, last_at FROM sign_in_failures WHERE key_hash = ? AND last_at > ?",
                r -> new Count((int) r.number("failures"), r.instant("last_at")),
                Sha256.hex(key),
                clock.instant().minus(KEPT)));
  }

  /** Counts one more failure for {@code key}. */
  public void failed(String key) {
    Instant now = clock.instant();
    db.write(
        "count a failed sign-in",
        tx -> {
          // Failures are rare and throttled; forgetting old counts here bounds the table.
          tx.update("DELETE FROM sign_in_failures WHERE last_at <= ?", now.minus(KEPT));
          return tx.update(
              "INSERT INTO sign_in_failures (key_hash, failures, last_at) VALUES (?, 1, ?)"
                  + " ON CONFLICT (key_hash) DO UPDATE SET"
                  + " failures = sign_in_failures.failures + 1, last_at = excluded.last_at",
              Sha256.hex(key),
              now);
        });
  }

  /** Forgets the failures of {@code key} after it signed in. */
  public void cleared(String key) {
    db.write(
        "clear failed sign-ins",
        tx -> tx.update("DELETE FROM sign_in_failures WHERE key_hash = ?", Sha256.hex(key)));
  }
}
