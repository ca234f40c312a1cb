package org.civicbrief.spark.cli;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark for all the tests of this JVM (two cores, no UI), configured as {@code civicbrief
 * batch} configures its own. Starting Spark takes seconds, so the tests share it, as they share one
 * CoreNLP pipeline.
 */
public final class SharedSpark {

  private SharedSpark() {}

  /** The session, started on first use. */
  public static synchronized SparkSession session() {
    return LocalSession.start("local[2]", false);
  }
}
