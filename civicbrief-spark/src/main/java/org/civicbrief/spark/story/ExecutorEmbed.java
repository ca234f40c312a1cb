package org.civicbrief.spark.story;

import org.civicbrief.core.story.Embed;
import org.civicbrief.nlp.embed.BgeSmallEmbed;

/**
 * The one sentence-embedding model of this JVM, loaded when a task first describes an article for
 * story clustering. The ONNX model cannot be serialized and shipped to executors, takes about a
 * second to load and is safe to share between threads, so each executor JVM loads it once, like the
 * briefing pipeline ({@code ExecutorPipeline}). Unlike that one it has no settings, so it is never
 * replaced: the holder idiom loads it lazily without mutable static state. Each call runs on its
 * task's thread alone ({@link BgeSmallEmbed#oneThreadPerCall()}): an executor already runs a task
 * per core, and ONNX Runtime's own threads per call would only compete with the other tasks.
 */
final class ExecutorEmbed {

  private ExecutorEmbed() {}

  /** The model, loaded on the first call in this JVM. */
  static Embed get() {
    return Holder.EMBED;
  }

  private static final class Holder {
    static final Embed EMBED = BgeSmallEmbed.oneThreadPerCall();
  }
}
