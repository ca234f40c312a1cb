package org.civicbrief.store.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.store.db.Database;

/**
 * Signed-in browsers, in the database, so that every server on it knows each session and a restart
 * signs nobody out. A session's secret lives only in its cookie; the table keeps its SHA-256, as
 * for API tokens, so a copy of the database signs nobody in.
 */
public final class SignIns {

  private final Database db;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** The sessions in {@code db}. */
  public SignIns(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * A signed-in session.
   *
   * @param secret what the cookie holds
   * @param userId the user
   * @param expiresAt when it ends whatever happens
   */
  public record SignIn(String secret, long userId, Instant expiresAt) {

    @Override
    public String toString() {
      // Keeps the secret out of logs.
      return "SignIn[user " + userId + ", until " + expiresAt + "]";
    }
  }

  /** Starts a session for {@code userId} with a new secret, lasting {@code lifetime}. */
  public SignIn start(long userId, Duration lifetime) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    db.write(
        "start a session for user " + userId,
        tx -> {
          // Sign-ins are rare and rate-limited; clearing the ended sessions here bounds the table.
          tx.update("DELETE FROM sessions WHERE expires_at <= ?", now);
          return tx.update(
              "INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
              Sha256.hex(secret),
              userId,
              now,
              expires);
        });
    return new SignIn(secret, userId, expires);
  }

  /** The live session whose cookie holds {@code secret}. */
  public Optional<SignIn> find(String secret) {
    if (secret == null || secret.isEmpty() || secret.length() > 100) {
      return Optional.empty();
    }
    return db.read(
        "find a session",
        tx ->
            tx.one(
                "SELECT user_id, expires_at FROM sessions WHERE id_hash = ? AND expires_at > ?",
                r -> new SignIn(secret, r.number("user_id"), r.instant("expires_at")),
                Sha256.hex(secret),
                clock.instant()));
  }

  /** Ends the session whose cookie holds {@code secret}, if there is one. */
  public void end(String secret) {
    if (secret == null || secret.isEmpty() || secret.length() > 100) {
      return;
    }
    db.write(
        "end a session",
        tx -> tx.update("DELETE FROM sessions WHERE id_hash = ?", Sha256.hex(secret)));
  }
}
