package org.civicbrief.spark.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.BriefPipeline;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.spark.io.InputRecord;
import org.civicbrief.spark.job.BriefedRecord.Status;
import org.civicbrief.spark.story.ExtractFeatures;

/**
 * Briefs one record exactly as {@code civicbrief brief --batch} does: ingest the JSON record, run
 * the pipeline, write the briefing's JSON line, or the error line when something failed. Nothing a
 * record contains stops the partition it is in.
 */
final class BriefOne {

  private final Ingest ingest;
  private final BriefPipeline pipeline;
  private final boolean storyFeatures;
  private final BriefingJson json = new BriefingJson();
  private final ErrorLines errors = new ErrorLines();
  private final ExtractFeatures features;

  /** Briefs with {@code pipeline}; extracts story features when {@code storyFeatures}. */
  BriefOne(Ingest ingest, BriefPipeline pipeline, boolean storyFeatures) {
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.storyFeatures = storyFeatures;
    // The embedding model loads only in a job that clusters stories.
    this.features = storyFeatures ? ExtractFeatures.onThisExecutor() : null;
  }

  BriefedRecord brief(InputRecord record) {
    long start = System.nanoTime();
    String id = errors.idOf(record.text(), record.origin());
    try {
      Outcome<Article> article = ingest.fromJsonRecord(record.text(), record.origin());
      if (!article.isOk()) {
        Status status = article instanceof Outcome.Skipped<?> ? Status.SKIPPED : Status.FAILED;
        return notBriefed(record, id, status, article.reason(), start);
      }
      Timed timed = pipeline.brief(article.value());
      Briefing b = timed.briefing();
      return new BriefedRecord(
          record.position(),
          record.origin(),
          id,
          Status.OK,
          "",
          json.line(b),
          json.mapper().writeValueAsString(b.quiz()),
          b.quiz().questions().size(),
          timed.timings().tokens(),
          System.nanoTime() - start,
          storyFeatures ? features.extract(record.position(), id, b) : null);
    } catch (RuntimeException | JsonProcessingException | StackOverflowError e) {
      // The command line writes the same line for a RuntimeException. A stack overflow on a
      // pathological article is caught too: a Spark task that dies is retried and then fails the
      // whole job, and one article must not do that.
      return notBriefed(record, id, Status.FAILED, "internal error: " + e, start);
    }
  }

  private BriefedRecord notBriefed(
      InputRecord record, String id, Status status, String reason, long start) {
    return new BriefedRecord(
        record.position(),
        record.origin(),
        id,
        status,
        reason,
        errors.line(id, reason),
        "",
        0,
        0,
        System.nanoTime() - start,
        null);
  }
}
