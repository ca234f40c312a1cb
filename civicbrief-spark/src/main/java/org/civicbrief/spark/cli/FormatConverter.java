package org.civicbrief.spark.cli;

import java.util.Locale;
import org.civicbrief.spark.io.Format;
import picocli.CommandLine;

/** Reads {@code jsonl} or {@code parquet}, in any case. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {

  @Override
  public Format convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "jsonl", "json" -> Format.JSONL;
      case "parquet" -> Format.PARQUET;
      default ->
          throw new CommandLine.TypeConversionException(
              "expected jsonl or parquet, got '" + value + "'");
    };
  }
}
