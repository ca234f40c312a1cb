package org.civicbrief.spark.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.spark.io.InputRecord;
import org.civicbrief.spark.job.BriefedRecord.Status;
import org.civicbrief.spark.story.ExtractFeatures;

/**
 * Briefs one record with the shared use case ({@link BriefRecord#brief(String, String)}, the one
 * {@code civicbrief brief --batch} calls) and adds what the job needs besides the line: the quiz on
 * its own, counts and time, and the story features when the job clusters stories.
 */
final class BriefOne {

  private final BriefRecord pipeline;
  private final boolean storyFeatures;
  private final BriefingJson json = new BriefingJson();
  private final ExtractFeatures features;

  /** Briefs with {@code pipeline}; extracts story features when {@code storyFeatures}. */
  BriefOne(BriefRecord pipeline, boolean storyFeatures) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.storyFeatures = storyFeatures;
    // The embedding model loads only in a job that clusters stories.
    this.features = storyFeatures ? ExtractFeatures.onThisExecutor() : null;
  }

  BriefedRecord brief(InputRecord record) {
    long start = System.nanoTime();
    BriefRecord.Briefed b = pipeline.brief(record.text(), record.origin());
    Outcome<Timed> outcome = b.outcome();
    if (!outcome.isOk()) {
      Status status = outcome instanceof Outcome.Skipped<?> ? Status.SKIPPED : Status.FAILED;
      return notBriefed(record, b.id(), status, outcome.reason(), b.line(), start);
    }
    Timed timed = outcome.value();
    Briefing briefing = timed.briefing();
    try {
      return new BriefedRecord(
          record.position(),
          record.origin(),
          b.id(),
          Status.OK,
          "",
          b.line(),
          json.mapper().writeValueAsString(briefing.quiz()),
          briefing.quiz().questions().size(),
          timed.timings().tokens(),
          System.nanoTime() - start,
          storyFeatures ? features.extract(record.position(), b.id(), timed) : null);
    } catch (RuntimeException | JsonProcessingException | StackOverflowError e) {
      // One article must not fail the task: a task that dies is retried, then fails the whole job.
      String reason = "internal error: " + e;
      return notBriefed(
          record, b.id(), Status.FAILED, reason, json.errorLine(b.id(), reason), start);
    }
  }

  private static BriefedRecord notBriefed(
      InputRecord record, String id, Status status, String reason, String line, long start) {
    return new BriefedRecord(
        record.position(),
        record.origin(),
        id,
        status,
        reason,
        line,
        "",
        0,
        0,
        System.nanoTime() - start,
        null);
  }
}
