package org.civicbrief.spark.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input record, as the JSON text {@code Ingest#fromJsonRecord} reads.
 *
 * @param position the record's place in the input: its line (or row) number counted across all
 *     input files in path order, from 1; blank lines count, as they do for the command line
 * @param origin {@code file-name:line}, which the command line also uses for a record without an id
 * @param text the JSON record
 */
public record InputRecord(long position, String origin, String text) implements Serializable {

  public InputRecord {
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1, got " + position);
    }
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }
}
