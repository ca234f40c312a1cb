package org.civicbrief.store.user;

import java.security.SecureRandom;
import java.time.Clock;
import org.civicbrief.store.db.Database;

/**
 * Secret keys every server on the database shares (the CSRF key is one), each made at random by the
 * first server that needs it. They are kept in the database because a form a browser got from one
 * server behind a load balancer is often posted to another.
 */
public final class ServerKeys {

  private final Database db;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** The keys in {@code db}. */
  public ServerKeys(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The 256-bit key called {@code name}, made now if no server has made it yet. */
  public byte[] key(String name) {
    byte[] fresh = new byte[32];
    random.nextBytes(fresh);
    return db.write(
        "read the server key " + name,
        tx -> {
          // Two servers starting at once both insert; the first wins and both read its key.
          tx.update(
              "INSERT INTO server_keys (name, secret, created_at) VALUES (?, ?, ?)"
                  + " ON CONFLICT (name) DO NOTHING",
              name,
              fresh,
              clock.instant());
          return tx.one(
                  "SELECT secret FROM server_keys WHERE name = ?",
                  r -> r.optBytes("secret").orElseThrow(),
                  name)
              .orElseThrow();
        });
  }
}
