package org.civicbrief.spark.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.spark.io.Format;
import org.civicbrief.spark.store.StoreResult;
import org.civicbrief.spark.story.StoryLink;
import scala.Tuple2;

/**
 * Writes what the job made, each in a folder of part files that hold the records in input order
 * when read in name order.
 *
 * <ul>
 *   <li>{@code briefings/}: as JSON Lines, exactly the lines {@code civicbrief brief --batch}
 *       writes (the briefing, or {@code {"id", "error"}}); as Parquet, the columns {@code position,
 *       origin, id, outcome, reason, briefing} with the briefing's JSON as a string.
 *   <li>{@code quizzes/}: one quiz per briefed record, {@code {"position", "id", "questions",
 *       "quiz"}}.
 *   <li>{@code outcomes/}: every record: {@code position, origin, id, outcome} ({@code ok}, {@code
 *       skipped} or {@code failed}), {@code reason, questions, tokens, millis}.
 *   <li>{@code stories/} and {@code store/}, when asked for: the story of every briefed article,
 *       and what writing each briefing into the database did.
 * </ul>
 */
final class WriteResults {

  /** The working folder of {@link #writeJsonLines}. */
  private static final String LINES = "_lines";

  // Every table starts with the record's place in the input and its id, so that rows of one
  // record can be joined across tables.
  private static final StructType BY_RECORD =
      new StructType()
          .add("position", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, false);

  // The briefings and the outcomes also say where each record came from and how it went.
  private static final StructType BY_OUTCOME =
      new StructType()
          .add("position", DataTypes.LongType, false)
          .add("origin", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, false)
          .add("outcome", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, true);

  private static final StructType BRIEFINGS =
      BY_OUTCOME.add("briefing", DataTypes.StringType, true);

  private static final StructType QUIZZES =
      BY_RECORD
          .add("questions", DataTypes.IntegerType, false)
          .add("quiz", DataTypes.StringType, false);

  private static final StructType OUTCOMES =
      BY_OUTCOME
          .add("questions", DataTypes.IntegerType, false)
          .add("tokens", DataTypes.IntegerType, false)
          .add("millis", DataTypes.LongType, false);

  private static final StructType STORIES =
      BY_RECORD
          .add("story", DataTypes.StringType, false)
          .add("storyPosition", DataTypes.LongType, false)
          .add("linkedTo", DataTypes.StringType, true)
          .add("linkedToPosition", DataTypes.LongType, true)
          .add("score", DataTypes.DoubleType, true);

  private static final StructType STORE =
      BY_RECORD
          .add("status", DataTypes.StringType, false)
          .add("articleId", DataTypes.LongType, true)
          .add("briefingId", DataTypes.LongType, true)
          .add("reason", DataTypes.StringType, true);

  private final SparkSession spark;
  private final Format format;
  private final OutputFolder out;

  WriteResults(SparkSession spark, Format format, OutputFolder out) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.format = Objects.requireNonNull(format, "format");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * As JSON Lines, writes the briefings, quizzes and outcomes of {@code records} (in input order)
   * together: one Spark job, one pass, in which the records are briefed and written. Nothing has to
   * keep the briefings for a second and third output, and the small outputs cost no job of their
   * own. The parts go to a working folder that is renamed into place once every task has committed.
   */
  void writeJsonLines(JavaRDD<BriefedRecord> records) {
    records
        .mapPartitionsToPair(WriteResults::linesByFolder)
        .saveAsHadoopFile(out.path(LINES), String.class, String.class, LinesByFolder.class);
    out.moveUp(LINES, List.of(OutputFolder.BRIEFINGS, OutputFolder.QUIZZES, OutputFolder.OUTCOMES));
  }

  /** Each record's lines, each keyed by the folder it goes to. */
  private static Iterator<Tuple2<String, String>> linesByFolder(Iterator<BriefedRecord> records) {
    ObjectMapper mapper = new BriefingJson().mapper();
    Iterable<BriefedRecord> iterable = () -> records;
    return StreamSupport.stream(iterable.spliterator(), false)
        .flatMap(
            r -> {
              var briefing = new Tuple2<>(OutputFolder.BRIEFINGS, r.line());
              var outcome = new Tuple2<>(OutputFolder.OUTCOMES, outcomeLine(mapper, r));
              return r.briefed()
                  ? Stream.of(
                      briefing, new Tuple2<>(OutputFolder.QUIZZES, quizLine(mapper, r)), outcome)
                  : Stream.of(briefing, outcome);
            })
        .iterator();
  }

  /**
   * Writes each value to a part file in the folder its key names ({@code quizzes/part-00003}),
   * without the key.
   */
  public static final class LinesByFolder extends MultipleTextOutputFormat<String, String> {
    @Override
    protected String generateFileNameForKeyValue(String key, String value, String name) {
      return key + "/" + name;
    }

    @Override
    protected String generateActualKey(String key, String value) {
      return null;
    }
  }

  /**
   * Writes the briefings of {@code records}, which are in input order, as a table. This is the job
   * that briefs the records (the others read them from the cache), so it runs first and alone.
   */
  void writeBriefingsTable(JavaRDD<BriefedRecord> records) {
    table(records.map(WriteResults::briefingRow), BRIEFINGS, OutputFolder.BRIEFINGS);
  }

  /** Writes the quiz of every briefed record as a table. */
  void writeQuizzesTable(JavaRDD<BriefedRecord> records) {
    table(
        records
            .filter(BriefedRecord::briefed)
            .map(r -> RowFactory.create(r.position(), r.id(), r.questions(), r.quiz())),
        QUIZZES,
        OutputFolder.QUIZZES);
  }

  /** Writes the outcome of every record as a table. */
  void writeOutcomesTable(JavaRDD<BriefedRecord> records) {
    table(records.map(WriteResults::outcomeRow), OUTCOMES, OutputFolder.OUTCOMES);
  }

  /** Writes the stories, in input order. */
  void writeStories(JavaRDD<StoryLink> links) {
    JavaRDD<Row> rows =
        links
            .sortBy(StoryLink::position, true, links.getNumPartitions())
            .map(
                l ->
                    RowFactory.create(
                        l.position(),
                        l.id(),
                        l.storyId(),
                        l.storyPosition(),
                        l.startsStory() ? null : l.linkedToId(),
                        l.startsStory() ? null : l.linkedToPosition(),
                        l.startsStory() ? null : l.score()));
    table(rows, STORIES, OutputFolder.STORIES);
  }

  /** Writes what storing each briefing did. */
  void writeStore(JavaRDD<StoreResult> results) {
    JavaRDD<Row> rows =
        results.map(
            r -> {
              boolean failed = r.status() == StoreResult.Status.FAILED;
              return RowFactory.create(
                  r.position(),
                  r.id(),
                  r.status().code(),
                  failed ? null : r.articleId(),
                  failed ? null : r.briefingId(),
                  failed ? r.reason() : null);
            });
    table(rows, STORE, OutputFolder.STORE);
  }

  private void table(JavaRDD<Row> rows, StructType schema, String name) {
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    var writer = df.write().mode(SaveMode.ErrorIfExists);
    if (format == Format.JSONL) {
      writer.json(out.path(name));
    } else {
      writer.parquet(out.path(name));
    }
  }

  private static Row briefingRow(BriefedRecord r) {
    return byOutcome(r, r.briefed() ? r.line() : null);
  }

  private static Row outcomeRow(BriefedRecord r) {
    return byOutcome(r, r.questions(), r.tokens(), r.nanos() / 1_000_000);
  }

  /** A row of the columns of {@link #BY_OUTCOME}, then {@code more}. */
  private static Row byOutcome(BriefedRecord r, Object... more) {
    List<Object> values =
        new ArrayList<>(
            Arrays.asList(
                r.position(),
                r.origin(),
                r.id(),
                r.status().code(),
                r.briefed() ? null : r.reason()));
    values.addAll(Arrays.asList(more));
    return RowFactory.create(values.toArray());
  }

  private static String quizLine(ObjectMapper mapper, BriefedRecord r) {
    try {
      ObjectNode line = mapper.createObjectNode();
      line.put("position", r.position());
      line.put("id", r.id());
      line.put("questions", r.questions());
      line.set("quiz", mapper.readTree(r.quiz()));
      return mapper.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the quiz of " + r.id(), e);
    }
  }

  // The columns of OUTCOMES as a JSON object, leaving out nulls as Spark's JSON writer does.
  private static String outcomeLine(ObjectMapper mapper, BriefedRecord r) {
    Row row = outcomeRow(r);
    String[] names = OUTCOMES.fieldNames();
    ObjectNode line = mapper.createObjectNode();
    for (int i = 0; i < names.length; i++) {
      if (!row.isNullAt(i)) {
        line.set(names[i], mapper.valueToTree(row.get(i)));
      }
    }
    try {
      return mapper.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the outcome of " + r.id(), e);
    }
  }
}
