package org.civicbrief.store.job;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable job queue. A job is a row: queued when its submission commits, claimed atomically by
 * one worker with a lease the worker renews while it runs, and put back in the queue when a lease
 * runs out (its worker died, perhaps by {@code kill -9}). A failed attempt waits a little longer
 * before each retry.
 */
public final class JobQueue {

  private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);

  /** How many times a job is started before it is failed for good. */
  public static final int MAX_ATTEMPTS = 3;

  private static final Duration RETRY_DELAY = Duration.ofSeconds(30);

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  // Wakes this process's idle workers when a job is queued here, so they need not poll for it.
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition queued = lock.newCondition();
  private long generation;

  /** The queue in {@code db}. */
  public JobQueue(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /** Queues a job in the caller's transaction, so it exists exactly when the caller's data does. */
  public long enqueue(Transaction tx, long articleId, String kind) throws SQLException {
    Instant now = clock.instant();
    long id =
        tx.insert(
            "INSERT INTO jobs (kind, article_id, status, attempts, max_attempts, run_after,"
                + " created_at, updated_at) VALUES (?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING id",
            Job.checkKind(kind),
            articleId,
            MAX_ATTEMPTS,
            now,
            now,
            now);
    tx.afterCommit(this::signal);
    return id;
  }

  /** Queues another job for a stored article, for example to brief it again after a failure. */
  public long enqueue(long articleId, String kind, Principal who) {
    return db.write(
        "queue a " + kind + " job for article " + articleId,
        tx -> {
          long id = enqueue(tx, articleId, kind);
          audit.record(
              tx,
              who,
              AuditAction.JOB_ENQUEUE,
              "job",
              id,
              Map.of("article", articleId, "kind", kind));
          return id;
        });
  }

  /**
   * Takes the oldest job that is due, marks it running for {@code worker} until the lease ends, and
   * returns it; no other worker can take it meanwhile. A running job whose lease has ended (its
   * worker died, or lost the database for longer than a lease) is due too, while it has attempts
   * left: it is taken over at once, with the reason logged and kept as its last error, rather than
   * waiting for the next sweep. On PostgreSQL the pick skips rows other claims hold ({@code FOR
   * UPDATE SKIP LOCKED}), so workers on several servers never wait for each other.
   */
  public Optional<Job> claim(String worker, Duration lease) {
    Instant now = clock.instant();
    Optional<Claimed> claimed =
        db.write(
            "claim a job",
            tx -> {
              Optional<Due> due =
                  tx.one(
                      "SELECT id, status, locked_by, locked_until FROM jobs WHERE (status ="
                          + " 'queued' AND run_after <= ?) OR (status = 'running' AND"
                          + " locked_until < ? AND attempts < max_attempts) ORDER BY id LIMIT 1"
                          + tx.dialect().skipLocked(),
                      r ->
                          new Due(
                              r.number("id"),
                              JobStatus.ofCode(r.text("status")) == JobStatus.RUNNING
                                  ? Optional.of(
                                      "worker "
                                          + r.optText("locked_by").orElse("?")
                                          + " stopped renewing its lease, which ended at "
                                          + r.optInstant("locked_until").orElse(now))
                                  : Optional.empty()),
                      now,
                      now);
              if (due.isEmpty()) {
                return Optional.empty();
              }
              Due pick = due.get();
              Job job =
                  tx.one(
                          "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by"
                              + " = ?, locked_until = ?, updated_at = ?, last_error ="
                              + " COALESCE(?, last_error) WHERE id = ? RETURNING *",
                          JobQueue::job,
                          worker,
                          now.plus(lease),
                          now,
                          pick.takenOver(),
                          pick.id())
                      .orElseThrow(() -> new SQLException("job " + pick.id() + " vanished"));
              return Optional.of(new Claimed(job, pick.takenOver()));
            });
    claimed.ifPresent(
        c ->
            c.takenOver()
                .ifPresent(
                    why ->
                        LOG.warn(
                            "recovering job {} ({} of article {}), attempt {} of {}: {}; {} takes"
                                + " it over",
                            c.job().id(),
                            c.job().kind(),
                            c.job().articleId(),
                            c.job().attempts(),
                            c.job().maxAttempts(),
                            why,
                            worker)));
    return claimed.map(Claimed::job);
  }

  /** A job that is due, and why it is taken from another worker, when it is. */
  private record Due(long id, Optional<String> takenOver) {}

  /** A claimed job, and why it was taken from another worker, when it was. */
  private record Claimed(Job job, Optional<String> takenOver) {}

  /** Renews a running job's lease; false when the worker no longer holds it. */
  public boolean renew(long jobId, String worker, Duration lease) {
    Instant now = clock.instant();
    return db.write(
        "renew the lease of job " + jobId,
        tx ->
            tx.update(
                    "UPDATE jobs SET locked_until = ?, updated_at = ? WHERE id = ? AND locked_by = ?"
                        + " AND status = 'running'",
                    now.plus(lease),
                    now,
                    jobId,
                    worker)
                > 0);
  }

  /** Marks a job done; false when the worker had lost it, in which case nothing changes. */
  public boolean complete(long jobId, String worker, String note) {
    Instant now = clock.instant();
    return db.write(
        "finish job " + jobId,
        tx ->
            tx.update(
                    "UPDATE jobs SET status = 'done', note = ?, locked_by = NULL, locked_until ="
                        + " NULL, finished_at = ?, updated_at = ? WHERE id = ? AND locked_by = ? AND"
                        + " status = 'running'",
                    note,
                    now,
                    now,
                    jobId,
                    worker)
                > 0);
  }

  /**
   * Records a failed attempt: the job goes back to the queue with a delay when {@code retry} is set
   * and it has attempts left, and is failed for good otherwise. False when the worker had lost it.
   */
  public boolean fail(long jobId, String worker, String error, boolean retry) {
    Instant now = clock.instant();
    return db.write(
        "record the failure of job " + jobId,
        tx -> {
          Optional<Job> job =
              tx.one(
                  "SELECT * FROM jobs WHERE id = ? AND locked_by = ? AND status = 'running'",
                  JobQueue::job,
                  jobId,
                  worker);
          if (job.isEmpty()) {
            return false;
          }
          if (retry && job.get().attempts() < job.get().maxAttempts()) {
            Duration delay = RETRY_DELAY.multipliedBy(1L << (job.get().attempts() - 1));
            tx.update(
                "UPDATE jobs SET status = 'queued', last_error = ?, run_after = ?, locked_by ="
                    + " NULL, locked_until = NULL, updated_at = ? WHERE id = ?",
                error,
                now.plus(delay),
                now,
                jobId);
          } else {
            tx.update(
                "UPDATE jobs SET status = 'failed', last_error = ?, locked_by = NULL, locked_until"
                    + " = NULL, finished_at = ?, updated_at = ? WHERE id = ?",
                error,
                now,
                now,
                jobId);
          }
          return true;
        });
  }

  /**
   * Gives a running job back to the queue without counting the attempt, when its worker is stopped
   * before the job finished.
   */
  public boolean release(long jobId, String worker) {
    Instant now = clock.instant();
    return db.write(
        "put back job " + jobId,
        tx ->
            tx.update(
                    "UPDATE jobs SET status = 'queued', attempts = attempts - 1, locked_by = NULL,"
                        + " locked_until = NULL, run_after = ?, updated_at = ? WHERE id = ? AND"
                        + " locked_by = ? AND status = 'running'",
                    now,
                    now,
                    jobId,
                    worker)
                > 0);
  }

  /**
   * Puts running jobs whose lease has ended back in the queue, or fails them when they have used
   * all their attempts (a job that kills its worker every time must stop somewhere), logging each
   * with the reason. Returns how many jobs it changed.
   */
  public int requeueExpired() {
    Instant now = clock.instant();
    List<String> recovered = new ArrayList<>();
    int changed =
        db.write(
            "requeue abandoned jobs",
            tx -> {
              List<Job> expired =
                  tx.list(
                      "SELECT * FROM jobs WHERE status = 'running' AND locked_until < ? ORDER BY id"
                          + tx.dialect().skipLocked(),
                      JobQueue::job,
                      now);
              boolean requeued = false;
              for (Job job : expired) {
                String why =
                    "worker "
                        + job.lockedBy().orElse("?")
                        + " stopped renewing its lease, which ended at "
                        + job.lockedUntil().orElse(now);
                if (job.attempts() >= job.maxAttempts()) {
                  tx.update(
                      "UPDATE jobs SET status = 'failed', last_error = ?, locked_by = NULL,"
                          + " locked_until = NULL, finished_at = ?, updated_at = ? WHERE id = ?",
                      "its worker stopped during the last attempt (" + why + ")",
                      now,
                      now,
                      job.id());
                  recovered.add(describe(job) + " failed for good after its last attempt: " + why);
                } else {
                  tx.update(
                      "UPDATE jobs SET status = 'queued', last_error = ?, locked_by = NULL,"
                          + " locked_until = NULL, run_after = ?, updated_at = ? WHERE id = ?",
                      "its worker stopped during the attempt (" + why + ")",
                      now,
                      now,
                      job.id());
                  recovered.add(describe(job) + " back in the queue: " + why);
                  requeued = true;
                }
              }
              if (requeued) {
                tx.afterCommit(this::signal);
              }
              return expired.size();
            });
    recovered.forEach(line -> LOG.warn("recovering {}", line));
    return changed;
  }

  private static String describe(Job job) {
    return "job "
        + job.id()
        + " ("
        + job.kind()
        + " of article "
        + job.articleId()
        + ", attempt "
        + job.attempts()
        + " of "
        + job.maxAttempts()
        + ")";
  }

  /** The job with {@code id}. */
  public Optional<Job> find(long id) {
    return db.read(
        "read job " + id, tx -> tx.one("SELECT * FROM jobs WHERE id = ?", JobQueue::job, id));
  }

  /** The newest job for an article, in the caller's transaction. */
  public Optional<Job> latestFor(Transaction tx, long articleId) throws SQLException {
    return tx.one(
        "SELECT * FROM jobs WHERE article_id = ? ORDER BY id DESC LIMIT 1",
        JobQueue::job,
        articleId);
  }

  /** The newest job for an article. */
  public Optional<Job> latestFor(long articleId) {
    return db.read("read the jobs of article " + articleId, tx -> latestFor(tx, articleId));
  }

  /** How many jobs there are in each status. */
  public Map<JobStatus, Long> counts() {
    return db.read(
        "count jobs",
        tx -> {
          Map<JobStatus, Long> out = new EnumMap<>(JobStatus.class);
          for (JobStatus s : JobStatus.values()) {
            out.put(s, 0L);
          }
          for (var e :
              tx.list(
                  "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status",
                  r -> Map.entry(JobStatus.ofCode(r.text("status")), r.number("n")))) {
            out.put(e.getKey(), e.getValue());
          }
          return out;
        });
  }

  /** When the oldest job still waiting in the queue was queued; empty when none waits. */
  public Optional<Instant> oldestQueuedAt() {
    return db.read(
        "read the age of the queue",
        tx ->
            tx.one(
                "SELECT created_at FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1",
                r -> r.instant("created_at")));
  }

  /** The wake-up count; pass it to {@link #awaitWork} so that no signal is missed. */
  long generation() {
    lock.lock();
    try {
      return generation;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a job is queued in this process after {@code seen}, or {@code max} passes (jobs
   * queued by other processes and retries that come due are found by the next poll).
   */
  void awaitWork(long seen, Duration max) throws InterruptedException {
    lock.lock();
    try {
      long nanos = max.toNanos();
      while (generation == seen && nanos > 0) {
        nanos = queued.awaitNanos(nanos);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every idle worker, also to make them notice they are being stopped. */
  void signal() {
    lock.lock();
    try {
      generation++;
      queued.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static Job job(Row r) throws SQLException {
    return new Job(
        r.number("id"),
        r.text("kind"),
        r.number("article_id"),
        JobStatus.ofCode(r.text("status")),
        (int) r.number("attempts"),
        (int) r.number("max_attempts"),
        r.instant("run_after"),
        r.optText("locked_by"),
        r.optInstant("locked_until"),
        r.optText("last_error"),
        r.optText("note"),
        r.instant("created_at"),
        r.instant("updated_at"),
        r.optInstant("finished_at"));
  }
}
