package org.civicbrief.web.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser.
 *
 * @param id the secret the session cookie holds
 * @param userId the user
 * @param expiresAt when the session ends whatever happens
 */
public record Session(String id, long userId, Instant expiresAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    // Keeps the secret out of logs.
    return "Session[user " + userId + ", until " + expiresAt + "]";
  }
}
