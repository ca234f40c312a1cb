package org.civicbrief.store.job;

import java.time.Duration;
import java.util.Objects;

/**
 * How the workers run.
 *
 * @param threads how many jobs run at once ({@code jobs.threads}, 1 to 64)
 * @param lease how long a claimed job stays a worker's without renewal ({@code jobs.lease}, 5 s to
 *     1 h); the worker renews it every third of that while the job runs, and a job whose worker
 *     died is taken up again once it ends
 * @param pollInterval how often idle workers look for jobs queued by other processes and for
 *     retries that came due ({@code jobs.pollInterval}, 10 ms to 10 min); jobs queued in this
 *     process wake them at once
 */
public record JobSettings(int threads, Duration lease, Duration pollInterval) {

  public JobSettings {
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("jobs.threads must be between 1 and 64, got " + threads);
    }
    Objects.requireNonNull(lease, "jobs.lease");
    Objects.requireNonNull(pollInterval, "jobs.pollInterval");
    if (lease.compareTo(Duration.ofSeconds(5)) < 0 || lease.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("jobs.lease must be between 5 s and 1 h, got " + lease);
    }
    if (pollInterval.compareTo(Duration.ofMillis(10)) < 0
        || pollInterval.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException(
          "jobs.pollInterval must be between 10 ms and 10 min, got " + pollInterval);
    }
  }

  /**
   * The lease {@code serve} uses: short, so that when a server dies (several may share one
   * PostgreSQL database) its jobs move to another within seconds, and long enough that a renewal
   * every five seconds survives a slow moment of the database or a garbage collection.
   */
  public static final Duration LEASE = Duration.ofSeconds(15);

  /** Two threads, a 15-second lease, a poll every two seconds. */
  public static JobSettings defaults() {
    return new JobSettings(2, LEASE, Duration.ofSeconds(2));
  }

  /** The default lease and poll with {@code n} threads. */
  public static JobSettings withThreads(int n) {
    return new JobSettings(n, LEASE, Duration.ofSeconds(2));
  }
}
