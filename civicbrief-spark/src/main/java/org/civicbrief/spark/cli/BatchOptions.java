package org.civicbrief.spark.cli;

import java.util.Map;
import java.util.Optional;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.io.Format;
import org.civicbrief.spark.job.BatchSettings;
import org.civicbrief.spark.store.StoreTarget;
import org.civicbrief.spark.story.StorySettings;
import picocli.CommandLine.Option;

/**
 * The options of a batch run, shared by {@code civicbrief batch} and the {@code spark-submit} entry
 * point so that both take the same command line.
 */
public final class BatchOptions {

  /** The environment variable that holds the database password (as for the store's settings). */
  public static final String PASSWORD_VARIABLE = "CIVICBRIEF_STORE_PASSWORD";

  @Option(
      names = "--in",
      required = true,
      paramLabel = "PATH",
      description =
          "Article records: a JSON Lines or Parquet file, folder or glob; a local path or any"
              + " Hadoop file system URI (hdfs://, s3a://, gs://, ...).")
  private String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "The folder to write briefings/, quizzes/, outcomes/ and summary.json into; it must not"
              + " exist.")
  private String out;

  @Option(
      names = "--in-format",
      paramLabel = "jsonl|parquet",
      converter = FormatConverter.class,
      description = "The input's format. Default: Parquet when every file ends in .parquet.")
  private Format inFormat;

  @Option(
      names = "--out-format",
      paramLabel = "jsonl|parquet",
      converter = FormatConverter.class,
      defaultValue = "jsonl",
      description = "The format of what is written. Default: ${DEFAULT-VALUE}.")
  private Format outFormat;

  @Option(
      names = "--overwrite",
      description = "Replace the output folder when it holds an earlier run's output.")
  private boolean overwrite;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Equal partitions to brief in. Default: at most 50 records and at least 4 partitions"
              + " per core, smaller towards the end so the cores finish together.")
  private int partitions;

  @Option(names = "--stories", description = "Cluster the articles into stories (stories/).")
  private boolean stories;

  @Option(
      names = "--story-lines",
      description =
          "Cluster into story lines in two levels (events, then lines), as civicbrief serve"
              + " follows them, in publication order on the driver (stories/); implies --stories."
              + " Not with --db yet.")
  private boolean storyLines;

  @Option(
      names = "--story-window",
      paramLabel = "DAYS",
      defaultValue = "3",
      description =
          "Articles that share an actor and lie at most this many days apart are compared for"
              + " stories. Default:"
              + " ${DEFAULT-VALUE}.")
  private int storyWindow;

  @Option(
      names = "--story-threshold",
      paramLabel = "SCORE",
      defaultValue = "0.7",
      description =
          "The online clusterer's join threshold: the least score (0-1) at which an article"
              + " joins a story. Default:"
              + " ${DEFAULT-VALUE}.")
  private double storyThreshold;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Also store the briefings as drafts in the PostgreSQL database civicbrief serve uses"
              + " (jdbc:postgresql://...); the password comes from "
              + PASSWORD_VARIABLE
              + ". Running again stores nothing twice.")
  private String db;

  @Option(names = "--db-user", paramLabel = "USER", description = "The database user.")
  private String dbUser;

  /**
   * The run these options ask for.
   *
   * @param pipeline the pipeline settings
   * @param env the environment, for the database password
   * @throws IllegalArgumentException when an option is out of range; the message names it
   */
  public BatchSettings settings(PipelineSpec pipeline, Map<String, String> env) {
    BatchSettings s =
        new BatchSettings(
            in,
            Optional.ofNullable(inFormat),
            out,
            outFormat,
            overwrite,
            partitions,
            pipeline,
            Optional.empty(),
            Optional.empty());
    if (storyLines && db != null) {
      // The database keeps a line's events (story_members.event_id); the batch places one level.
      throw new IllegalArgumentException(
          "--story-lines cannot be combined with --db yet: the batch places one-level stories");
    }
    if (stories || storyLines) {
      s =
          s.withStories(
              StorySettings.defaults()
                  .withWindowDays(storyWindow)
                  .withJoinThreshold(storyThreshold)
                  .withLines(storyLines));
    }
    if (db != null) {
      s =
          s.withStore(
              new StoreTarget(
                  db, dbUser == null ? "" : dbUser, env.getOrDefault(PASSWORD_VARIABLE, "")));
    }
    return s;
  }
}
