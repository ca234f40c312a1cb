package org.civicbrief.spark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.civicbrief.spark.cli.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaLocalFileSystemTest {

  @TempDir java.nio.file.Path dir;

  @Test
  void filesAndFoldersGetThePermissionsAskedFor() throws IOException {
    try (FileSystem fs = open()) {
      Path folder = new Path(dir.resolve("out").toUri());
      assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
      Path file = new Path(folder, "part-00000");
      try (FSDataOutputStream out =
          fs.create(file, new FsPermission((short) 0640), false, 4096, (short) 1, 1 << 20, null)) {
        out.write("{}\n".getBytes(StandardCharsets.UTF_8));
      }
      assertThat(mode(dir.resolve("out"))).isEqualTo("rwxr-x---");
      assertThat(mode(dir.resolve("out/part-00000"))).isEqualTo("rw-r-----");
      // The checksum file is written beside it, as by Hadoop's own local file system.
      assertThat(dir.resolve("out/.part-00000.crc")).exists();
      fs.setPermission(file, new FsPermission((short) 0604));
      assertThat(mode(dir.resolve("out/part-00000"))).isEqualTo("rw----r--");
      assertThat(fs.getFileStatus(file).getPermission().toShort()).isEqualTo((short) 0604);
    }
  }

  @Test
  void listingsCarryOwnerGroupAndPermissions() throws IOException {
    java.nio.file.Path file = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    try (FileSystem fs = open()) {
      var statuses = fs.listStatus(new Path(dir.toUri()));
      assertThat(statuses).hasSize(1);
      assertThat(statuses[0].getPermission().toShort()).isEqualTo((short) 0640);
      assertThat(statuses[0].getOwner())
          .isEqualTo(Files.getOwner(file).getName())
          .isEqualTo(fs.getFileStatus(statuses[0].getPath()).getOwner());
      assertThat(statuses[0].getLen()).isEqualTo(3);
      assertThat(statuses[0].isFile()).isTrue();
    }
  }

  @Test
  void permissionBitsConvertBothWays() {
    for (short mode : new short[] {0, 0400, 0644, 0755, 0777, 0640, 0001, 0070}) {
      FsPermission p = new FsPermission(mode);
      assertThat(JavaLocalFileSystem.hadoop(JavaLocalFileSystem.posix(p))).isEqualTo(p);
    }
  }

  @Test
  void aMissingFileIsReportedAsMissing() throws IOException {
    try (FileSystem fs = open()) {
      Path missing = new Path(dir.resolve("missing").toUri());
      assertThatThrownBy(() -> fs.setPermission(missing, new FsPermission((short) 0644)))
          .isInstanceOf(FileNotFoundException.class)
          .hasMessageContaining("does not exist");
    }
  }

  @Test
  void theBatchSessionsUseIt() {
    assertThat(
            SharedSpark.session()
                .sparkContext()
                .hadoopConfiguration()
                .get(JavaLocalFileSystem.FILE_SYSTEM_SETTING))
        .isEqualTo(JavaLocalFileSystem.class.getName());
  }

  private static FileSystem open() throws IOException {
    Configuration conf = new Configuration(false);
    conf.set(JavaLocalFileSystem.FILE_SYSTEM_SETTING, JavaLocalFileSystem.class.getName());
    // A fresh instance, not the JVM-wide cached one another test may have created.
    conf.setBoolean("fs.file.impl.disable.cache", true);
    FileSystem fs = FileSystem.get(java.net.URI.create("file:///"), conf);
    assertThat(fs).isInstanceOf(JavaLocalFileSystem.class);
    return fs;
  }

  private static String mode(java.nio.file.Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
