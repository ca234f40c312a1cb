package org.civicbrief.spark.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.civicbrief.spark.BatchSetupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  private final Configuration conf = new Configuration();

  @Test
  void anExistingOutputIsKeptUnlessOverwriteIsAsked(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("summary.json"), "{}");
    assertThatThrownBy(() -> OutputFolder.prepare(conf, out.toString(), false))
        .isInstanceOf(BatchSetupException.class)
        .hasMessageContaining("--overwrite");
    OutputFolder.prepare(conf, out.toString(), true);
    assertThat(out).doesNotExist();
  }

  @Test
  void aFolderThatIsNotAnEarlierRunIsNeverDeleted(@TempDir Path dir) throws IOException {
    Path notes = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(notes.resolve("draft.txt"), "keep me");
    assertThatThrownBy(() -> OutputFolder.prepare(conf, notes.toString(), true))
        .isInstanceOf(BatchSetupException.class)
        .hasMessageContaining("left alone");
    assertThat(notes.resolve("draft.txt")).exists();
  }
}
