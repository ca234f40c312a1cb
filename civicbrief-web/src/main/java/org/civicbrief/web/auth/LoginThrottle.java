package org.civicbrief.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbrief.store.user.SignInFailures;
import org.civicbrief.web.http.HttpProblem;

/**
 * Slows password guessing without locking the account's owner out: failures are counted per user
 * name <em>and</em> address, the first few are free, and after them each attempt from that address
 * for that name must wait twice as long as the one before (up to a quarter of an hour). A guesser
 * elsewhere therefore never delays the real user, and a success clears the count. The server keeps
 * the counts in its database ({@link SignInFailures}), so every server behind a load balancer sees
 * the same count; the in-memory form serves tests.
 */
final class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Optional<SignInFailures> shared;

  /** Counts kept in this process only. */
  LoginThrottle(Clock clock) {
    this(clock, Optional.empty());
  }

  /** Counts kept in {@code shared}, when present, else in this process. */
  LoginThrottle(Clock clock, Optional<SignInFailures> shared) {
    this.clock = clock;
    this.shared = shared;
  }

  /**
   * Refuses an attempt for {@code name} from {@code address} while its wait lasts.
   *
   * @throws HttpProblem 429 with the seconds left
   */
  void check(String name, String address) {
    long waitMillis;
    if (shared.isPresent()) {
      waitMillis =
          shared
              .get()
              .of(key(name, address))
              .map(c -> backoff(c.failures(), c.last().toEpochMilli(), clock.millis()))
              .orElse(0L);
    } else {
      Failures f = failures.get(key(name, address));
      if (f == null) {
        return;
      }
      waitMillis = f.until(clock.millis());
    }
    if (waitMillis > 0) {
      throw HttpProblem.tooManyRequests(
          "Too many failed sign-in attempts for this user from your address; please wait a little"
              + " and try again.",
          (waitMillis + 999) / 1000);
    }
  }

  /** Counts a failed attempt. */
  void failed(String name, String address) {
    if (shared.isPresent()) {
      shared.get().failed(key(name, address));
      return;
    }
    if (failures.size() >= MAX_KEYS) {
      long now = clock.millis();
      failures.values().removeIf(f -> f.until(now) <= 0);
      if (failures.size() >= MAX_KEYS) {
        failures.clear();
      }
    }
    failures.computeIfAbsent(key(name, address), k -> new Failures()).add(clock.millis());
  }

  /** Forgets the failures of a name at an address after it signed in. */
  void succeeded(String name, String address) {
    if (shared.isPresent()) {
      shared.get().cleared(key(name, address));
      return;
    }
    failures.remove(key(name, address));
  }

  /** The wait left after {@code count} failures, the last at {@code last}. */
  static long backoff(int count, long last, long now) {
    if (count < FREE_FAILURES) {
      return 0;
    }
    int doublings = Math.min(30, count - FREE_FAILURES);
    long wait = Math.min(LONGEST_WAIT.toMillis(), 1000L << doublings);
    return last + wait - now;
  }

  private static String key(String name, String address) {
    return name + "\n" + address;
  }

  /** How many failures and when the last one was; guarded by its own monitor. */
  private static final class Failures {
    private int count;
    private long last;

    synchronized void add(long now) {
      count++;
      last = now;
    }

    synchronized long until(long now) {
      return backoff(count, last, now);
    }
  }
}
