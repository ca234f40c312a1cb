package org.civicbrief.spark.job;

import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.pipeline.PipelineSpec;

/**
 * The one briefing pipeline of this JVM, created when a task first needs it.
 *
 * <p>This is the project's one deliberate piece of static mutable state (DESIGN.md forbids it
 * elsewhere). CoreNLP's pipeline cannot be serialized and shipped to executors, it takes seconds
 * and about a gigabyte to load, and it is safe to share between threads. So each executor JVM loads
 * it once, lazily, and every task that runs on that JVM, now or in a later stage or job, uses the
 * same one; a pipeline per task or per partition would pay the load time thousands of times in a
 * large job and hold one copy of the models per core.
 */
final class ExecutorPipeline {

  /** The use case built from one spec. */
  record Loaded(PipelineSpec spec, BriefRecord pipeline) {}

  // Guarded by ExecutorPipeline.class. Replaced only when a job with other settings runs in the
  // same JVM (tests, an interactive session), so at most one set of models is held.
  private static Loaded loaded;

  private ExecutorPipeline() {}

  /** The pipeline for {@code spec}; the models load on the first briefing, not here. */
  static synchronized Loaded forSpec(PipelineSpec spec) {
    if (loaded == null || !loaded.spec().equals(spec)) {
      loaded = new Loaded(spec, BriefRecord.create(spec));
    }
    return loaded;
  }
}
