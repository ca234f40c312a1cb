package org.civicbrief.spark.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.spark.io.Format;
import org.civicbrief.spark.io.ListInputs;
import org.civicbrief.spark.io.NumberedInput;
import org.civicbrief.spark.io.ReadJsonLines;
import org.civicbrief.spark.io.ReadParquet;
import org.civicbrief.spark.job.BatchReport.ReasonCount;
import org.civicbrief.spark.job.BatchReport.StoreCounts;
import org.civicbrief.spark.job.BriefedRecord.Status;
import org.civicbrief.spark.store.PlaceStories;
import org.civicbrief.spark.store.StoreRequest;
import org.civicbrief.spark.store.StoreResult;
import org.civicbrief.spark.store.StoreTarget;
import org.civicbrief.spark.store.WriteToStore;
import org.civicbrief.spark.story.ClusterStories;
import org.civicbrief.spark.story.StoryLink;
import org.civicbrief.spark.story.StorySettings;
import scala.Tuple2;

/**
 * The batch job: reads article records, briefs them partition by partition with one pipeline per
 * executor JVM, and writes briefings, quizzes and per-record outcomes, optionally stories and rows
 * in the {@code civicbrief serve} database. A record that cannot be briefed is reported in the
 * outcomes and the job goes on.
 */
public final class BatchJob {

  private static final int REASONS_SHOWN = 20;

  private final SparkSession spark;

  /** A job that runs on {@code spark}. */
  public BatchJob(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /**
   * Runs the job.
   *
   * @throws org.civicbrief.spark.BatchSetupException when it cannot start: no input, an output that
   *     exists, a database that cannot be reached
   */
  public BatchReport run(BatchSettings settings) {
    long start = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    OutputFolder out =
        OutputFolder.prepare(sc.hadoopConfiguration(), settings.output(), settings.overwrite());
    // A database that cannot take the briefings should stop the job before hours of briefing.
    settings.store().ifPresent(StoreTarget::prepare);
    List<String> files = new ListInputs(sc.hadoopConfiguration()).list(settings.input());
    Format format = settings.inputFormat().orElseGet(() -> Format.detect(files));
    NumberedInput input =
        format == Format.PARQUET
            ? new ReadParquet(spark).read(files)
            : new ReadJsonLines(sc).read(files);
    PositionPartitioner partitioner =
        partitioner(settings.partitions(), input.positions(), sc.defaultParallelism());
    JavaRDD<BriefedRecord> records =
        input
            .records()
            .mapToPair(r -> new Tuple2<>(r.position(), r))
            .repartitionAndSortWithinPartitions(partitioner)
            .mapPartitions(
                new BriefRecords(settings.pipeline(), settings.stories().isPresent()), true);
    // Briefing is the expensive part. JSON Lines alone are written in the pass that briefs; every
    // other output reads the briefed records again, so then they are kept.
    boolean readAgain =
        settings.outputFormat() != Format.JSONL
            || settings.stories().isPresent()
            || settings.store().isPresent();
    JavaRDD<BriefedRecord> briefed =
        readAgain ? records.persist(StorageLevel.MEMORY_AND_DISK_SER()) : records;
    Optional<JavaRDD<StoryLink>> links = Optional.empty();
    try {
      WriteResults write = new WriteResults(spark, settings.outputFormat(), out);
      JavaRDD<RecordOutcome> outcomes;
      if (settings.outputFormat() == Format.JSONL) {
        write.writeJsonLines(briefed);
        outcomes = readAgain ? briefed.map(RecordOutcome::of) : RecordOutcome.read(sc, out);
      } else {
        write.writeBriefingsTable(briefed);
        write.writeQuizzesTable(briefed);
        write.writeOutcomesTable(briefed);
        outcomes = briefed.map(RecordOutcome::of);
      }
      Optional<JavaRDD<StoryLink>> clustered =
          settings.stories().map(s -> clusterStories(s, briefed, write));
      links = clustered;
      Optional<Long> stories = clustered.map(l -> l.filter(StoryLink::startsStory).count());
      Optional<StoreCounts> stored = settings.store().map(t -> store(t, briefed, write, clustered));
      BatchReport report =
          report(
              settings,
              out,
              outcomes,
              partitioner.numPartitions(),
              (System.nanoTime() - start) / 1e9,
              stories,
              stored);
      out.writeText(OutputFolder.SUMMARY, summaryJson(report));
      return report;
    } finally {
      if (readAgain) {
        briefed.unpersist(false);
      }
      links.ifPresent(l -> l.unpersist(false));
    }
  }

  /**
   * The partitions to brief in: as many equal ones as asked, or by default ranges for the cores
   * that shrink towards the end, so the cores finish together ({@link PositionPartitioner}).
   */
  static PositionPartitioner partitioner(int requested, long positions, int cores) {
    return requested > 0
        ? PositionPartitioner.equal(positions, requested)
        : PositionPartitioner.forCores(positions, Math.max(1, cores));
  }

  /** The story of every briefed article, kept for the count and the database. */
  private static JavaRDD<StoryLink> clusterStories(
      StorySettings settings, JavaRDD<BriefedRecord> briefed, WriteResults write) {
    JavaRDD<StoryLink> links =
        new ClusterStories(settings)
            .cluster(briefed.filter(r -> r.story() != null).map(BriefedRecord::story))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    write.writeStories(links);
    return links;
  }

  private static StoreCounts store(
      StoreTarget target,
      JavaRDD<BriefedRecord> briefed,
      WriteResults write,
      Optional<JavaRDD<StoryLink>> links) {
    JavaRDD<StoreResult> results =
        new WriteToStore(target)
            .write(
                briefed
                    .filter(BriefedRecord::briefed)
                    .map(r -> new StoreRequest(r.position(), r.id(), r.line())))
            // Stored once, then counted and reported from the cache (a recomputation would only
            // find the rows already there).
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      write.writeStore(results);
      Map<StoreResult.Status, Long> counts = results.map(StoreResult::status).countByValue();
      long inStories =
          links
              .map(
                  l ->
                      new PlaceStories(target)
                          .place(
                              l,
                              results,
                              briefed
                                  .filter(r -> r.story() != null)
                                  .mapToPair(r -> new Tuple2<>(r.position(), r.story()))))
              .orElse(0L);
      return new StoreCounts(
          counts.getOrDefault(StoreResult.Status.STORED, 0L),
          counts.getOrDefault(StoreResult.Status.ALREADY_STORED, 0L),
          counts.getOrDefault(StoreResult.Status.FAILED, 0L),
          inStories);
    } finally {
      results.unpersist(false);
    }
  }

  private static BatchReport report(
      BatchSettings settings,
      OutputFolder out,
      JavaRDD<RecordOutcome> outcomes,
      int partitions,
      double seconds,
      Optional<Long> stories,
      Optional<StoreCounts> stored) {
    RecordOutcome.Counts counts = RecordOutcome.count(outcomes);
    // The reasons need a second pass only when something was not briefed.
    List<ReasonCount> reasons =
        counts.skipped() + counts.failed() == 0
            ? List.of()
            : outcomes
                .filter(o -> o.status() != Status.OK)
                .mapToPair(o -> new Tuple2<>(o.reason(), 1L))
                .reduceByKey(Long::sum)
                .takeOrdered(REASONS_SHOWN, new CommonestFirst())
                .stream()
                .map(t -> new ReasonCount(t._1(), t._2()))
                .toList();
    return new BatchReport(
        settings.input(),
        out.toString(),
        counts.ok() + counts.skipped() + counts.failed(),
        counts.ok(),
        counts.skipped(),
        counts.failed(),
        reasons,
        counts.tokens(),
        partitions,
        seconds,
        stories,
        stored);
  }

  private static String summaryJson(BatchReport report) {
    try {
      return new BriefingJson().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the summary", e);
    }
  }

  /** Commonest reason first, then alphabetical, so the summary is the same on every run. */
  private static final class CommonestFirst
      implements Comparator<Tuple2<String, Long>>, Serializable {
    @Override
    public int compare(Tuple2<String, Long> a, Tuple2<String, Long> b) {
      int byCount = Long.compare(b._2(), a._2());
      return byCount != 0 ? byCount : a._1().compareTo(b._1());
    }
  }
}
