package org.civicbrief.spark.io;

import java.util.List;
import java.util.Locale;

/** The file formats the job reads and writes. */
public enum Format {
  /** JSON Lines: one JSON object per line. */
  JSONL,
  /** Apache Parquet. */
  PARQUET;

  /** Parquet when every file ends in {@code .parquet}, otherwise JSON Lines. */
  public static Format detect(List<String> files) {
    boolean parquet =
        !files.isEmpty()
            && files.stream().allMatch(f -> f.toLowerCase(Locale.ROOT).endsWith(".parquet"));
    return parquet ? PARQUET : JSONL;
  }
}
