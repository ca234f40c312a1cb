package org.civicbrief.spark.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.civicbrief.spark.BatchSetupException;

/**
 * Lists the files an input names: a file, a directory (read recursively) or a glob, on any Hadoop
 * file system ({@code file:}, {@code hdfs:}, {@code s3a:}, ...). Files and folders whose name
 * starts with {@code _} or {@code .} (Spark's {@code _SUCCESS}, checksum files) are left out. The
 * list is in path order, which is the order positions are counted in.
 */
public final class ListInputs {

  private final Configuration conf;

  /** Lists with the file systems {@code conf} configures. */
  public ListInputs(Configuration conf) {
    this.conf = Objects.requireNonNull(conf, "conf");
  }

  /**
   * The files {@code input} names, qualified, in path order.
   *
   * @throws BatchSetupException when it names no file or cannot be listed
   */
  public List<String> list(String input) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new BatchSetupException(input + ": no such file or directory");
      }
      List<String> files = new ArrayList<>();
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
          String root = match.getPath().toString();
          while (it.hasNext()) {
            LocatedFileStatus file = it.next();
            if (!hidden(file.getPath().toString().substring(root.length()))) {
              files.add(file.getPath().toString());
            }
          }
        } else if (!hidden(match.getPath().getName())) {
          files.add(match.getPath().toString());
        }
      }
      if (files.isEmpty()) {
        throw new BatchSetupException(input + ": no input files there");
      }
      return files.stream().sorted().distinct().toList();
    } catch (IOException e) {
      throw new BatchSetupException("cannot list " + input + ": " + e.getMessage(), e);
    }
  }

  // Spark and Hadoop mark their own files and folders (_SUCCESS, _temporary, .crc) this way.
  private static boolean hidden(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
