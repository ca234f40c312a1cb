package org.civicbrief.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in browsers, in memory: a restart signs everyone out, which for a handful of editors
 * is a fair price for keeping no session secrets on disk. A session lasts twelve hours from sign
 * in; the table is bounded, dropping the oldest sessions first.
 */
public final class Sessions {

  /** How long a session lasts. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  private static final int MAX_SESSIONS = 10_000;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byId = new ConcurrentHashMap<>();

  /** Sessions timed by {@code clock}. */
  public Sessions(Clock clock) {
    this.clock = clock;
  }

  /** Starts a session for {@code userId} with a new secret. */
  public Session start(long userId) {
    if (byId.size() >= MAX_SESSIONS) {
      prune();
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Session s = new Session(id, userId, clock.instant().plus(LIFETIME));
    byId.put(id, s);
    return s;
  }

  /** The live session with {@code id}. */
  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(s.expiresAt())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** Ends the session with {@code id}, if there is one. */
  public void end(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  private void prune() {
    Instant now = clock.instant();
    byId.values().removeIf(s -> !now.isBefore(s.expiresAt()));
    if (byId.size() >= MAX_SESSIONS) {
      byId.values().stream()
          .sorted(java.util.Comparator.comparing(Session::expiresAt))
          .limit(MAX_SESSIONS / 10)
          .map(Session::id)
          .toList()
          .forEach(byId::remove);
    }
  }
}
