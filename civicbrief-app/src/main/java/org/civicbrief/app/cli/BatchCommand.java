package org.civicbrief.app.cli;

import java.util.concurrent.Callable;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.BatchSetupException;
import org.civicbrief.spark.cli.BatchOptions;
import org.civicbrief.spark.cli.LocalBatch;
import org.civicbrief.spark.job.BatchReport;
import org.civicbrief.spark.job.BatchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code civicbrief batch}: the Apache Spark batch job, on a Spark inside this process. Spark's
 * classes load only here; the launcher puts them on the class path for this command alone.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Briefs a corpus with Apache Spark: JSON Lines or Parquet in (files, folders, globs, any",
      "Hadoop file system), briefings, quizzes and per-record outcomes out, in input order; the",
      "briefings are the lines `brief --batch` writes. Runs on this machine's cores; for a",
      "cluster, submit the job jar with spark-submit (docs/SCALING.md)."
    })
final class BatchCommand implements Callable<Integer> {

  @ParentCommand Civicbrief root;

  @Mixin BatchOptions options;

  @Option(
      names = "--master",
      paramLabel = "local[N]",
      defaultValue = "local[*]",
      description = "local, local[N] or local[*] (default: ${DEFAULT-VALUE}, every core).")
  String master;

  @Override
  public Integer call() {
    CivicbriefConfig config = root.config();
    BatchSettings settings;
    LocalBatch runner;
    try {
      settings =
          options.settings(
              PipelineSpec.of(config.ingest(), config.nlp(), Civicbrief.version()), root.env);
      runner = new LocalBatch(master, root.terminal);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    try {
      BatchReport report = runner.run(settings);
      root.out.println(report.describe());
      return 0;
    } catch (BatchSetupException e) {
      throw new UserError(e.getMessage(), Civicbrief.BAD_INPUT);
    } catch (NoClassDefFoundError e) {
      throw new UserError(
          "Apache Spark is not on the class path ("
              + e.getMessage()
              + "); run batch through ./civicbrief, which adds it",
          Civicbrief.INTERNAL_ERROR);
    }
  }
}
