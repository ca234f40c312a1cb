package org.civicbrief.spark.io;

import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;

/**
 * The records of the input with the number of positions they were numbered from.
 *
 * @param records the records, blank lines left out
 * @param positions the highest position any record could have (lines or rows read, blank or not)
 */
public record NumberedInput(JavaRDD<InputRecord> records, long positions) {

  public NumberedInput {
    Objects.requireNonNull(records, "records");
    if (positions < 0) {
      throw new IllegalArgumentException("positions must not be negative, got " + positions);
    }
  }
}
