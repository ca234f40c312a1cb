package org.civicbrief.spark.io;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Reads JSON Lines files as numbered records. A large file is read in several splits at once, so a
 * split does not know which line it starts at: a first pass counts the lines of every split, and
 * the second numbers them from the counts. Reading the text twice costs little next to briefing it.
 */
public final class ReadJsonLines {

  private final JavaSparkContext sc;

  /** Reads with {@code sc}. */
  public ReadJsonLines(JavaSparkContext sc) {
    this.sc = Objects.requireNonNull(sc, "sc");
  }

  /** Where a split starts: its file's name, its first line in the file and its first position. */
  record SplitStart(String fileName, long firstLine, long firstPosition) implements Serializable {}

  /** How many lines one split of one file holds. */
  record SplitCount(String file, long start, long lines) implements Serializable {}

  /** The records of {@code files} (qualified paths, in path order); blank lines are left out. */
  public NumberedInput read(List<String> files) {
    JavaNewHadoopRDD<LongWritable, Text> lines = open(files);
    List<SplitCount> counts =
        lines.mapPartitionsWithInputSplit(ReadJsonLines::count, true).collect();
    Map<String, SplitStart> starts = starts(counts);
    long positions = counts.stream().mapToLong(SplitCount::lines).sum();
    Broadcast<Map<String, SplitStart>> shared = sc.broadcast(starts);
    return new NumberedInput(
        lines.mapPartitionsWithInputSplit((split, it) -> number(split, it, shared.value()), true),
        positions);
  }

  private JavaNewHadoopRDD<LongWritable, Text> open(List<String> files) {
    try {
      Job job = Job.getInstance(sc.hadoopConfiguration());
      // Paths go in one by one: a comma-joined list would break on a comma in a file name.
      FileInputFormat.setInputPaths(job, files.stream().map(Path::new).toArray(Path[]::new));
      return (JavaNewHadoopRDD<LongWritable, Text>)
          sc.newAPIHadoopRDD(
              job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + files.getFirst() + ": " + e.getMessage(), e);
    }
  }

  private static Iterator<SplitCount> count(
      InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) {
    FileSplit fs = (FileSplit) split;
    long n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return List.of(new SplitCount(fs.getPath().toString(), fs.getStart(), n)).iterator();
  }

  /** Numbers the splits: files in path order, splits in offset order within each file. */
  static Map<String, SplitStart> starts(List<SplitCount> counts) {
    List<SplitCount> ordered = new ArrayList<>(counts);
    ordered.sort(Comparator.comparing(SplitCount::file).thenComparingLong(SplitCount::start));
    Map<String, SplitStart> starts = new HashMap<>();
    long position = 1;
    long line = 1;
    String file = null;
    for (SplitCount c : ordered) {
      if (!c.file().equals(file)) {
        file = c.file();
        line = 1;
      }
      starts.put(
          key(c.file(), c.start()), new SplitStart(new Path(c.file()).getName(), line, position));
      line += c.lines();
      position += c.lines();
    }
    return starts;
  }

  private static Iterator<InputRecord> number(
      InputSplit split, Iterator<Tuple2<LongWritable, Text>> it, Map<String, SplitStart> starts) {
    FileSplit fs = (FileSplit) split;
    SplitStart start = starts.get(key(fs.getPath().toString(), fs.getStart()));
    if (start == null) {
      throw new IllegalStateException("split " + fs + " was not counted");
    }
    long[] index = {0};
    Iterable<Tuple2<LongWritable, Text>> lines = () -> it;
    return StreamSupport.stream(lines.spliterator(), false)
        .map(
            t -> {
              long i = index[0]++;
              // The reader reuses its Text; take the string now.
              String text = t._2().toString();
              return text.isBlank()
                  ? null
                  : new InputRecord(
                      start.firstPosition() + i,
                      start.fileName() + ":" + (start.firstLine() + i),
                      text);
            })
        .filter(Objects::nonNull)
        .iterator();
  }

  private static String key(String file, long start) {
    return start + "@" + file;
  }
}
