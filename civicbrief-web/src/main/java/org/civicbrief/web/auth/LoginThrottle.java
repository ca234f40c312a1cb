package org.civicbrief.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbrief.web.http.HttpProblem;

/**
 * Slows password guessing without locking the account's owner out: failures are counted per user
 * name <em>and</em> address, the first few are free, and after them each attempt from that address
 * for that name must wait twice as long as the one before (up to a quarter of an hour). A guesser
 * elsewhere therefore never delays the real user, and a success clears the count.
 */
final class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Refuses an attempt for {@code name} from {@code address} while its wait lasts.
   *
   * @throws HttpProblem 429 with the seconds left
   */
  void check(String name, String address) {
    Failures f = failures.get(key(name, address));
    if (f == null) {
      return;
    }
    long waitMillis = f.until(clock.millis());
    if (waitMillis > 0) {
      throw HttpProblem.tooManyRequests(
          "Too many failed sign-in attempts for this user from your address; please wait a little"
              + " and try again.",
          (waitMillis + 999) / 1000);
    }
  }

  /** Counts a failed attempt. */
  void failed(String name, String address) {
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
    failures.remove(key(name, address));
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
      if (count < FREE_FAILURES) {
        return 0;
      }
      int doublings = Math.min(30, count - FREE_FAILURES);
      long wait = Math.min(LONGEST_WAIT.toMillis(), 1000L << doublings);
      return last + wait - now;
    }
  }
}
