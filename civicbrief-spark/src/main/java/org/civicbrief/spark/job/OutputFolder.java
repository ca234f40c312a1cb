package org.civicbrief.spark.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.civicbrief.spark.BatchSetupException;

/**
 * The output folder of a run and the folders in it: {@code briefings/}, {@code quizzes/}, {@code
 * outcomes/}, {@code stories/}, {@code store/} and {@code summary.json}.
 */
final class OutputFolder {

  static final String BRIEFINGS = "briefings";
  static final String QUIZZES = "quizzes";
  static final String OUTCOMES = "outcomes";
  static final String STORIES = "stories";
  static final String STORE = "store";
  static final String SUMMARY = "summary.json";

  private final Configuration conf;
  private final Path root;

  private OutputFolder(Configuration conf, Path root) {
    this.conf = conf;
    this.root = root;
  }

  /**
   * The folder {@code output}, made ready: it must not exist, unless {@code overwrite} and it holds
   * an earlier run's output (a {@code summary.json}), which is then removed. Any other folder is
   * left alone, so a mistyped {@code --out} cannot delete someone's files.
   */
  static OutputFolder prepare(Configuration conf, String output, boolean overwrite) {
    Objects.requireNonNull(output, "output");
    Path root = new Path(output);
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (fs.exists(root)) {
        if (!overwrite) {
          throw new BatchSetupException(
              output
                  + " exists; choose a new folder, or add --overwrite to replace an earlier run");
        }
        boolean earlierRun = fs.exists(new Path(root, SUMMARY));
        boolean empty = fs.getFileStatus(root).isDirectory() && fs.listStatus(root).length == 0;
        if (!earlierRun && !empty) {
          throw new BatchSetupException(
              output
                  + " exists and is not the output of an earlier run (it has no "
                  + SUMMARY
                  + "); it is left alone");
        }
        fs.delete(root, true);
      }
      return new OutputFolder(conf, root);
    } catch (IOException e) {
      throw new BatchSetupException("cannot prepare " + output + ": " + e.getMessage(), e);
    }
  }

  /** The path of {@code name} in the folder, as Spark's writers take it. */
  String path(String name) {
    return new Path(root, name).toString();
  }

  /**
   * Moves the folders {@code names} up from the working folder {@code work} into this folder, marks
   * each complete as Spark's own writers do (an empty {@code _SUCCESS}), creates any that the job
   * left empty, and removes {@code work}.
   */
  void moveUp(String work, List<String> names) {
    Path from = new Path(root, work);
    try {
      FileSystem fs = root.getFileSystem(conf);
      for (String name : names) {
        Path source = new Path(from, name);
        Path target = new Path(root, name);
        if (fs.exists(source)) {
          if (!fs.rename(source, target)) {
            throw new IOException("cannot move " + source + " to " + target);
          }
        } else if (!fs.mkdirs(target)) {
          throw new IOException("cannot create " + target);
        }
        fs.create(new Path(target, "_SUCCESS"), true).close();
      }
      fs.delete(from, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the output in " + root, e);
    }
  }

  /** Writes {@code text} to {@code name} in the folder. */
  void writeText(String name, String text) {
    Path path = new Path(root, name);
    try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
