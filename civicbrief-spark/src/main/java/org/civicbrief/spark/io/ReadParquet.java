package org.civicbrief.spark.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads Parquet files of article records (columns {@code id}, {@code text} or {@code article}, and
 * optionally {@code title}, {@code url}, {@code published}, {@code publisher}, {@code byline}) as
 * numbered JSON records, so they take the same path through ingest as JSON Lines. A record's
 * position comes from its file (in path order) and its row number in the file, which Parquet
 * readers expose as {@code _metadata.row_index}.
 */
public final class ReadParquet {

  private final SparkSession spark;

  /** Reads with {@code spark}. */
  public ReadParquet(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /** The records of {@code files} (qualified paths). */
  public NumberedInput read(List<String> files) {
    Dataset<Row> table = spark.read().parquet(files.toArray(String[]::new));
    Column[] fields =
        Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
    Dataset<Row> rows =
        table.select(
            col("_metadata.file_path").as("file"),
            col("_metadata.row_index").as("row"),
            to_json(struct(fields)).as("json"));
    Map<String, Long> firstPositions = new HashMap<>();
    long position = 1;
    for (Row r : rows.groupBy("file").count().sort("file").collectAsList()) {
      firstPositions.put(r.getString(0), position);
      position += r.getLong(1);
    }
    Broadcast<Map<String, Long>> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(firstPositions);
    return new NumberedInput(
        rows.javaRDD()
            .map(
                r -> {
                  String file = r.getString(0);
                  long row = r.getLong(1);
                  return new InputRecord(
                      shared.value().get(file) + row,
                      new Path(URI.create(file)).getName() + ":" + (row + 1),
                      r.getString(2));
                }),
        position - 1);
  }
}
