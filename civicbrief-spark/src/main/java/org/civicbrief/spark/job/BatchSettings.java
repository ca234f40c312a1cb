package org.civicbrief.spark.job;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.io.Format;
import org.civicbrief.spark.store.StoreTarget;
import org.civicbrief.spark.story.StorySettings;

/**
 * One run of the batch job.
 *
 * @param input a file, folder or glob of JSON Lines or Parquet, on any Hadoop file system
 * @param inputFormat the input's format, or empty to tell by the file names
 * @param output the folder to write into; it must not exist unless {@code overwrite}
 * @param outputFormat the format of the briefings, quizzes, outcomes and stories written
 * @param overwrite replace {@code output} when it holds an earlier run's output
 * @param partitions how many equal partitions to brief in, or 0 for at most 50 records and at least
 *     four partitions per core, shrinking towards the end so the cores finish together
 * @param pipeline the pipeline settings
 * @param stories how to cluster stories, or empty not to
 * @param store the database to write briefings into, or empty not to
 */
public record BatchSettings(
    String input,
    Optional<Format> inputFormat,
    String output,
    Format outputFormat,
    boolean overwrite,
    int partitions,
    PipelineSpec pipeline,
    Optional<StorySettings> stories,
    Optional<StoreTarget> store) {

  public BatchSettings {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(outputFormat, "outputFormat");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(store, "store");
    if (input.isBlank() || output.isBlank()) {
      throw new IllegalArgumentException("the batch job needs an input and an output");
    }
    if (partitions < 0 || partitions > 1_000_000) {
      throw new IllegalArgumentException(
          "partitions must be between 0 (automatic) and 1000000, got " + partitions);
    }
  }

  /** Reads {@code input} (format told by file names) and writes JSON Lines to {@code output}. */
  public static BatchSettings of(String input, String output, PipelineSpec pipeline) {
    return new BatchSettings(
        input,
        Optional.empty(),
        output,
        Format.JSONL,
        false,
        0,
        pipeline,
        Optional.empty(),
        Optional.empty());
  }

  /** These settings with {@code n} partitions. */
  public BatchSettings withPartitions(int n) {
    return new BatchSettings(
        input, inputFormat, output, outputFormat, overwrite, n, pipeline, stories, store);
  }

  /** These settings with another output format. */
  public BatchSettings withOutputFormat(Format format) {
    return new BatchSettings(
        input, inputFormat, output, format, overwrite, partitions, pipeline, stories, store);
  }

  /** These settings with story clustering. */
  public BatchSettings withStories(StorySettings settings) {
    return withOutputs(Optional.of(settings), store);
  }

  /** These settings writing into {@code target} too. */
  public BatchSettings withStore(StoreTarget target) {
    return withOutputs(stories, Optional.of(target));
  }

  private BatchSettings withOutputs(
      Optional<StorySettings> storyOutput, Optional<StoreTarget> storeOutput) {
    return new BatchSettings(
        input,
        inputFormat,
        output,
        outputFormat,
        overwrite,
        partitions,
        pipeline,
        storyOutput,
        storeOutput);
  }

  /** These settings, replacing an earlier run's output or not. */
  public BatchSettings withOverwrite(boolean replace) {
    return new BatchSettings(
        input, inputFormat, output, outputFormat, replace, partitions, pipeline, stories, store);
  }
}
