package org.civicbrief.web.ops;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.civicbrief.store.Store;
import org.civicbrief.store.job.JobStatus;

/**
 * The server's metrics in the Prometheus text format (version 0.0.4), written by hand: a latency
 * histogram of requests by method and status class, the job queue's depth by status and the age of
 * its oldest queued job, and quiz attempts stored (Prometheus's {@code rate()} makes them a rate).
 * Labels are bounded: five methods and five status classes.
 */
public final class Metrics {

  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private final Store store;
  private final Map<String, Histogram> requests = new ConcurrentHashMap<>();

  /** Metrics of a server over {@code store}. */
  public Metrics(Store store) {
    this.store = store;
  }

  /** Counts a request that took {@code nanos}. */
  void request(String method, int status, long nanos) {
    String m =
        switch (method) {
          case "GET", "HEAD", "POST", "PUT", "DELETE" -> method;
          default -> "OTHER";
        };
    String key = "method=\"" + m + "\",status=\"" + Math.min(5, Math.max(1, status / 100)) + "xx\"";
    requests.computeIfAbsent(key, k -> new Histogram()).observe(nanos);
  }

  /** The exposition text. */
  String scrape() {
    StringBuilder out = new StringBuilder(4096);
    out.append("# HELP civicbrief_http_request_duration_seconds Time to answer a request.\n");
    out.append("# TYPE civicbrief_http_request_duration_seconds histogram\n");
    requests.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> e.getValue().write(out, e.getKey()));
    Map<JobStatus, Long> jobs = store.jobs().counts();
    out.append("# HELP civicbrief_jobs Briefing jobs by status (queued is the queue's depth).\n");
    out.append("# TYPE civicbrief_jobs gauge\n");
    for (Map.Entry<JobStatus, Long> e : jobs.entrySet()) {
      out.append("civicbrief_jobs{status=\"")
          .append(e.getKey().name().toLowerCase(Locale.ROOT))
          .append("\"} ")
          .append(e.getValue())
          .append('\n');
    }
    long now = System.currentTimeMillis();
    double age =
        store
            .jobs()
            .oldestQueuedAt()
            .map(t -> Math.max(0, now - t.toEpochMilli()) / 1e3)
            .orElse(0.0);
    out.append("# HELP civicbrief_job_oldest_queued_age_seconds Age of the oldest queued job.\n");
    out.append("# TYPE civicbrief_job_oldest_queued_age_seconds gauge\n");
    out.append("civicbrief_job_oldest_queued_age_seconds ").append(age).append('\n');
    out.append("# HELP civicbrief_quiz_attempts_total Quiz attempts stored by this process.\n");
    out.append("# TYPE civicbrief_quiz_attempts_total counter\n");
    out.append("civicbrief_quiz_attempts_total ")
        .append(store.quizzes().attemptsStored())
        .append('\n');
    out.append(
        "# HELP civicbrief_quiz_attempt_commits_total Transactions that stored them (group"
            + " commit).\n");
    out.append("# TYPE civicbrief_quiz_attempt_commits_total counter\n");
    out.append("civicbrief_quiz_attempt_commits_total ")
        .append(store.quizzes().attemptCommits())
        .append('\n');
    return out.toString();
  }

  /** Cumulative bucket counts, a count and a sum, each added to without a lock. */
  private static final class Histogram {
    private final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }

    void observe(long nanos) {
      double seconds = nanos / 1e9;
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          buckets[i].increment();
          break;
        }
      }
      count.increment();
      sumNanos.add(nanos);
    }

    void write(StringBuilder out, String labels) {
      String name = "civicbrief_http_request_duration_seconds";
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += buckets[i].sum();
        out.append(name)
            .append("_bucket{")
            .append(labels)
            .append(",le=\"")
            .append(BUCKETS[i])
            .append("\"} ")
            .append(cumulative)
            .append('\n');
      }
      // Read after the buckets, so the total is never below them while requests are counted.
      long n = Math.max(cumulative, count.sum());
      out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(n);
      out.append('\n');
      out.append(name).append("_count{").append(labels).append("} ").append(n).append('\n');
      out.append(name)
          .append("_sum{")
          .append(labels)
          .append("} ")
          .append(sumNanos.sum() / 1e9)
          .append('\n');
    }
  }
}
