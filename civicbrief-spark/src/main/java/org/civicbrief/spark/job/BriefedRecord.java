package org.civicbrief.spark.job;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.spark.story.DescribedArticle;

/**
 * What became of one input record.
 *
 * @param position the record's input position
 * @param origin {@code file-name:line}
 * @param id the record's {@code id}, or its origin when it has none (as the command line does)
 * @param status briefed, skipped or failed
 * @param reason why it was skipped or failed, or the empty string
 * @param line the line {@code civicbrief brief --batch} writes for it: the briefing's JSON, or
 *     {@code {"id": …, "error": …}}
 * @param quiz the quiz's JSON, or the empty string when the record was not briefed
 * @param questions how many questions the quiz has
 * @param tokens tokens in the article
 * @param nanos time spent on the record
 * @param story the features story clustering needs, for a briefed record when clustering is on;
 *     otherwise {@code null}, since the record travels between executors and {@code Optional} does
 *     not serialize
 */
public record BriefedRecord(
    long position,
    String origin,
    String id,
    Status status,
    String reason,
    String line,
    String quiz,
    int questions,
    int tokens,
    long nanos,
    DescribedArticle story)
    implements Serializable {

  /** What happened to a record. */
  public enum Status {
    /** Briefed. */
    OK,
    /** Deliberately not briefed (ingest skipped it). */
    SKIPPED,
    /** Not briefed: unreadable, not an article, or the pipeline failed on it. */
    FAILED;

    /** The status as written in the outcomes, such as {@code failed}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public BriefedRecord {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(quiz, "quiz");
    if ((status == Status.OK) != reason.isEmpty()) {
      throw new IllegalArgumentException("a reason is given exactly when a record is not briefed");
    }
    if (story != null && status != Status.OK) {
      throw new IllegalArgumentException("only a briefed record has story features");
    }
  }

  /** True when the record was briefed. */
  public boolean briefed() {
    return status == Status.OK;
  }

  /** The story features, when there are any. */
  public Optional<DescribedArticle> storyFeatures() {
    return Optional.ofNullable(story);
  }
}
