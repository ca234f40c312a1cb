package org.civicbrief.web.http;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a reader, an account, a client address): each key may do {@code
 * perMinute} things at once and gets them back at that rate. The table is bounded, so a flood of
 * new keys costs memory only up to a cap; when it is full, buckets that have refilled are dropped
 * first.
 */
public final class RateLimit {

  private static final int MAX_KEYS = 100_000;

  private final String what;
  private final double capacity;
  private final double perMilli;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * A limit of {@code perMinute} on {@code what} (named in the refusal: "quiz submissions from this
   * browser"), timed by {@code clock}.
   */
  public RateLimit(String what, int perMinute, Clock clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a rate limit needs at least 1 per minute");
    }
    this.what = what;
    this.capacity = perMinute;
    this.perMilli = perMinute / 60_000.0;
    this.clock = clock;
  }

  /**
   * Takes one token for {@code key}.
   *
   * @throws HttpProblem 429 with the seconds until a token is back, when the bucket is empty
   */
  public void acquire(String key) {
    long now = clock.millis();
    if (buckets.size() >= MAX_KEYS && !buckets.containsKey(key)) {
      prune(now);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
    long waitMillis;
    synchronized (bucket) {
      bucket.refill(now, capacity, perMilli);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      waitMillis = (long) Math.ceil((1 - bucket.tokens) / perMilli);
    }
    throw HttpProblem.tooManyRequests(
        "Too many " + what + "; please wait a little and try again.", (waitMillis + 999) / 1000);
  }

  private void prune(long now) {
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      Bucket b = it.next();
      synchronized (b) {
        b.refill(now, capacity, perMilli);
        if (b.tokens >= capacity) {
          it.remove();
        }
      }
    }
    if (buckets.size() >= MAX_KEYS) {
      // Every bucket is in use: forgetting them all lets some clients through early, which is
      // better than refusing every new client.
      buckets.clear();
    }
  }

  /** Tokens left and when they were last counted; guarded by its own monitor. */
  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    void refill(long now, double capacity, double perMilli) {
      if (now > at) {
        tokens = Math.min(capacity, tokens + (now - at) * perMilli);
        at = now;
      }
    }
  }
}
