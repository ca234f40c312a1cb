package org.civicbrief.web.auth;

import java.time.Duration;
import java.util.Optional;
import org.civicbrief.store.user.SignIns;

/**
 * The signed-in browsers, kept in the store ({@link SignIns}), so that every server on one database
 * accepts a session any of them started, and a restart signs nobody out. A session lasts twelve
 * hours from sign in.
 */
public final class Sessions {

  /** How long a session lasts. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  private final SignIns signIns;

  /** Sessions kept in {@code signIns}. */
  public Sessions(SignIns signIns) {
    this.signIns = signIns;
  }

  /** Starts a session for {@code userId} with a new secret. */
  public Session start(long userId) {
    SignIns.SignIn s = signIns.start(userId, LIFETIME);
    return new Session(s.secret(), s.userId(), s.expiresAt());
  }

  /** The live session with {@code id}. */
  public Optional<Session> find(String id) {
    return signIns.find(id).map(s -> new Session(s.secret(), s.userId(), s.expiresAt()));
  }

  /** Ends the session with {@code id}, if there is one. */
  public void end(String id) {
    signIns.end(id);
  }
}
