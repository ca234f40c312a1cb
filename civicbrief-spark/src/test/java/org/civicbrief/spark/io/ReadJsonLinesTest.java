package org.civicbrief.spark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.civicbrief.spark.cli.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadJsonLinesTest {

  private static final String SPLIT_SIZE = "mapreduce.input.fileinputformat.split.maxsize";

  @Test
  void recordsAreNumberedAsTheCommandLineNumbersThemEvenWhenFilesAreSplit(@TempDir Path dir)
      throws IOException {
    List<String> first = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      first.add(i % 7 == 0 ? "" : "{\"id\": \"a" + i + "\", \"text\": \"padding padding\"}");
    }
    Files.write(dir.resolve("a.jsonl"), first);
    Files.write(dir.resolve("b.jsonl"), List.of("{\"id\": \"b1\"}", "{\"id\": \"b2\"}"));
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    String before = conf.get(SPLIT_SIZE);
    // Splits of 256 bytes: the first file is read in several pieces at once.
    conf.set(SPLIT_SIZE, "256");
    NumberedInput input;
    List<InputRecord> records;
    try {
      input = new ReadJsonLines(sc).read(new ListInputs(conf).list(dir.toString()));
      assertThat(input.records().getNumPartitions()).isGreaterThan(4);
      records = new ArrayList<>(input.records().collect());
    } finally {
      if (before == null) {
        conf.unset(SPLIT_SIZE);
      } else {
        conf.set(SPLIT_SIZE, before);
      }
    }
    records.sort(Comparator.comparingLong(InputRecord::position));
    assertThat(input.positions()).isEqualTo(42);
    assertThat(records).hasSize(40 - 5 + 2);
    assertThat(records.getFirst()).isEqualTo(new InputRecord(1, "a.jsonl:1", first.getFirst()));
    assertThat(records.get(6).origin()).isEqualTo("a.jsonl:8");
    assertThat(records.get(6).position()).isEqualTo(8);
    assertThat(records.getLast()).isEqualTo(new InputRecord(42, "b.jsonl:2", "{\"id\": \"b2\"}"));
  }

  @Test
  void splitsAreNumberedFileByFileInOffsetOrder() {
    Map<String, ReadJsonLines.SplitStart> starts =
        ReadJsonLines.starts(
            List.of(
                new ReadJsonLines.SplitCount("file:/in/b.jsonl", 0, 5),
                new ReadJsonLines.SplitCount("file:/in/a.jsonl", 100, 3),
                new ReadJsonLines.SplitCount("file:/in/a.jsonl", 0, 10)));
    assertThat(starts.get("0@file:/in/a.jsonl"))
        .isEqualTo(new ReadJsonLines.SplitStart("a.jsonl", 1, 1));
    assertThat(starts.get("100@file:/in/a.jsonl"))
        .isEqualTo(new ReadJsonLines.SplitStart("a.jsonl", 11, 11));
    assertThat(starts.get("0@file:/in/b.jsonl"))
        .isEqualTo(new ReadJsonLines.SplitStart("b.jsonl", 1, 14));
  }
}
