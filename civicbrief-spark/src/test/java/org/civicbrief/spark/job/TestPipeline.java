package org.civicbrief.spark.job;

import org.civicbrief.core.article.Article;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.PipelineSpec;

/**
 * The pipeline the tests of this module brief with: the executors' own, so that the JVM holds one
 * copy of the models whether a test runs the job or briefs an article directly.
 */
public final class TestPipeline {

  /** The pipeline settings of every test. */
  public static final PipelineSpec SPEC =
      PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "0.1.0-test");

  private TestPipeline() {}

  /** The briefing of a JSON record, as the job makes it. */
  public static Timed brief(String record) {
    Ingest ingest = new Ingest(IngestConfig.defaults());
    Article article = ingest.fromJsonRecord(record, "test.jsonl:1").value();
    return ExecutorPipeline.forSpec(SPEC).pipeline().brief(article);
  }
}
