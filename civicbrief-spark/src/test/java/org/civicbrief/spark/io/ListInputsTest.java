package org.civicbrief.spark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.civicbrief.spark.BatchSetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListInputsTest {

  private final ListInputs list = new ListInputs(new Configuration());

  @Test
  void aFolderIsListedInPathOrderWithoutSparksOwnFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.jsonl"), "{}\n");
    Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve(".a.jsonl.crc"), "");
    Files.createDirectories(dir.resolve("_temporary/0"));
    Files.writeString(dir.resolve("_temporary/0/c.jsonl"), "{}\n");
    Files.createDirectories(dir.resolve("2025"));
    Files.writeString(dir.resolve("2025/d.jsonl"), "{}\n");
    List<String> files = list.list(dir.toString());
    assertThat(files).hasSize(3);
    assertThat(files.get(0)).endsWith("/2025/d.jsonl");
    assertThat(files.get(1)).endsWith("/a.jsonl");
    assertThat(files.get(2)).endsWith("/b.jsonl");
  }

  @Test
  void aGlobNamesItsMatches(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x.parquet"), "");
    Files.writeString(dir.resolve("y.jsonl"), "");
    assertThat(list.list(dir + "/*.parquet")).singleElement().asString().endsWith("x.parquet");
    assertThat(Format.detect(list.list(dir + "/*.parquet"))).isEqualTo(Format.PARQUET);
    assertThat(Format.detect(list.list(dir.toString()))).isEqualTo(Format.JSONL);
  }

  @Test
  void aMissingInputIsAOneLineErrorForTheUser(@TempDir Path dir) {
    assertThatThrownBy(() -> list.list(dir.resolve("nothing.jsonl").toString()))
        .isInstanceOf(BatchSetupException.class)
        .hasMessageEndingWith("nothing.jsonl: no such file or directory");
  }
}
