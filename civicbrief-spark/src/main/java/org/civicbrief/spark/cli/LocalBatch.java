package org.civicbrief.spark.cli;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.civicbrief.spark.job.BatchJob;
import org.civicbrief.spark.job.BatchReport;
import org.civicbrief.spark.job.BatchSettings;

/**
 * Runs the batch job on a Spark inside this JVM, as {@code civicbrief batch} does on a laptop. No
 * Spark type appears in its methods, so the command line can call it without compiling against
 * Spark, and Spark's classes load only when a batch runs.
 */
public final class LocalBatch {

  private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]{0,3})])?");

  private final String master;
  private final boolean progressBar;

  /**
   * A runner on {@code master}, which must be {@code local}, {@code local[N]} or {@code local[*]}:
   * a cluster runs the job jar with {@code spark-submit} instead (docs/SCALING.md).
   */
  public LocalBatch(String master, boolean progressBar) {
    Objects.requireNonNull(master, "master");
    if (!LOCAL.matcher(master).matches()) {
      throw new IllegalArgumentException(
          "--master must be local, local[N] or local[*], got "
              + master
              + "; run on a cluster with spark-submit and the job jar (docs/SCALING.md)");
    }
    this.master = master;
    this.progressBar = progressBar;
  }

  /** Runs the job and stops Spark. */
  public BatchReport run(BatchSettings settings) {
    SparkSession spark = LocalSession.start(master, progressBar);
    try {
      return new BatchJob(spark).run(settings);
    } finally {
      spark.stop();
    }
  }
}
