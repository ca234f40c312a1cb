package org.civicbrief.store.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as stored: its hash stays inside the store, so this carries only what a token list
 * shows.
 *
 * @param id the token id
 * @param userId whose token it is
 * @param label what the user called it
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, if it was
 */
public record ApiToken(
    long id, long userId, String label, Instant createdAt, Optional<Instant> revokedAt) {

  public ApiToken {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  /** True until the token is revoked. */
  public boolean active() {
    return revokedAt.isEmpty();
  }
}
