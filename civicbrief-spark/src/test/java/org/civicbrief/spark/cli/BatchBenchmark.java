package org.civicbrief.spark.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.spark.job.BatchJob;
import org.civicbrief.spark.job.BatchReport;
import org.civicbrief.spark.job.BatchSettings;
import org.civicbrief.spark.job.PipelineSpec;

/**
 * The batch job's warm throughput on one local master, measured as {@code civicbrief bench}
 * measures the single-process pipeline: a warm-up job on the first records (models loaded, JIT
 * warm), then a timed job on the first {@code limit} records. Run it once per master, each in a
 * fresh JVM (docs/BENCHMARKS.md):
 *
 * <pre>BatchBenchmark CORPUS.jsonl local[2] [limit 200] [warm-up 20] [partitions 0] [runs 1]</pre>
 */
public final class BatchBenchmark {

  private BatchBenchmark() {}

  /** Runs the benchmark and prints one line of results. */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    String master = args[1];
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    Path dir = Files.createTempDirectory("civicbrief-bench");
    List<String> lines;
    try (var all = Files.lines(corpus, StandardCharsets.UTF_8)) {
      lines = all.limit(limit).toList();
    }
    Path warm = Files.write(dir.resolve("warmup.jsonl"), lines.subList(0, warmup));
    Path timed = Files.write(dir.resolve("timed.jsonl"), lines);
    PipelineSpec spec =
        PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), Version.of());
    SparkSession spark = LocalSession.start(master, false);
    try {
      BatchJob job = new BatchJob(spark);
      BatchReport w = job.run(BatchSettings.of(warm.toString(), dir.resolve("w").toString(), spec));
      for (int run = 1; run <= runs; run++) {
        long cpu0 = cpuNanos();
        long gc0 = gcMillis();
        BatchReport r =
            job.run(
                BatchSettings.of(timed.toString(), dir.resolve("t" + run).toString(), spec)
                    .withPartitions(partitions));
        double cpu = (cpuNanos() - cpu0) / 1e9;
        double gc = (gcMillis() - gc0) / 1e3;
        System.out.printf(
            Locale.ROOT,
            "%s run %d: %d of %d records briefed in %.1f s = %.1f articles/min, %.0f tokens/s;"
                + " CPU %.1f s (%.2f cores busy); GC %.1f s; %d partitions; warm-up job %.1f s%n",
            master,
            run,
            r.briefed(),
            r.records(),
            r.seconds(),
            r.briefed() / r.seconds() * 60,
            r.tokens() / r.seconds(),
            cpu,
            cpu / r.seconds(),
            gc,
            r.partitions(),
            w.seconds());
      }
    } finally {
      spark.stop();
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(b -> Math.max(0, b.getCollectionTime()))
        .sum();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
