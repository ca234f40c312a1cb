package org.civicbrief.store.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A job in the queue.
 *
 * @param id the job id
 * @param kind what to do, such as {@link #BRIEF}
 * @param articleId the article to do it to
 * @param status where the job is
 * @param attempts how many times a worker has started it
 * @param maxAttempts how many starts it gets before it is failed for good
 * @param runAfter the earliest time a worker may take it (later than creation after a failure)
 * @param lockedBy the worker that holds it while it runs
 * @param lockedUntil when that worker's lease ends unless it renews it
 * @param lastError the error of the last failed attempt
 * @param note what the handler said when the job finished ({@code briefing 12}, a skip reason)
 * @param createdAt when it was queued
 * @param updatedAt when it last changed
 * @param finishedAt when it reached done or failed
 */
public record Job(
    long id,
    String kind,
    long articleId,
    JobStatus status,
    int attempts,
    int maxAttempts,
    Instant runAfter,
    Optional<String> lockedBy,
    Optional<Instant> lockedUntil,
    Optional<String> lastError,
    Optional<String> note,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> finishedAt) {

  /** The kind of job that briefs an article. */
  public static final String BRIEF = "brief";

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9.-]{0,39}");

  public Job {
    checkKind(kind);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(runAfter, "runAfter");
    Objects.requireNonNull(lockedBy, "lockedBy");
    Objects.requireNonNull(lockedUntil, "lockedUntil");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }

  static String checkKind(String kind) {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(
          "a job kind is a lowercase word of up to 40 characters, got " + kind);
    }
    return kind;
  }
}
