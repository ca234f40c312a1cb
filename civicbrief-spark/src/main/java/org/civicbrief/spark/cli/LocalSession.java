package org.civicbrief.spark.cli;

import org.apache.spark.sql.SparkSession;
import org.civicbrief.spark.io.JavaLocalFileSystem;

/** The Spark session of a run inside this JVM. */
final class LocalSession {

  private LocalSession() {}

  /**
   * A session on {@code master} ({@code local[*]}, {@code local[2]}, ...), listening on the
   * loopback address only and without the web UI, since a laptop run needs neither. Local files get
   * their permissions set without starting a process per file ({@link JavaLocalFileSystem}).
   */
  static SparkSession start(String master, boolean progressBar) {
    return SparkSession.builder()
        .master(master)
        .appName("civicbrief batch")
        .config("spark.ui.enabled", false)
        .config("spark.ui.showConsoleProgress", progressBar)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", 8)
        .config("spark.serializer", SubmitBatch.SERIALIZER)
        .config("spark.serializer.extraDebugInfo", false)
        .config(
            "spark.hadoop." + JavaLocalFileSystem.FILE_SYSTEM_SETTING,
            JavaLocalFileSystem.class.getName())
        .getOrCreate();
  }
}
