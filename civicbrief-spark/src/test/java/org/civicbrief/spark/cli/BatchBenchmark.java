package org.civicbrief.spark.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.SparkSession;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.job.BatchJob;
import org.civicbrief.spark.job.BatchReport;
import org.civicbrief.spark.job.BatchSettings;
import org.civicbrief.spark.story.StorySettings;

/**
 * The batch job's warm throughput on several local masters, compared in one JVM
 * (docs/BENCHMARKS.md):
 *
 * <pre>BatchBenchmark CORPUS.jsonl local[1],local[2] [limit 200] [warm-up jobs 12] [rounds 5]
 *     [partitions 0] [stories]</pre>
 *
 * <p>The models' code keeps the JIT compilers busy for a couple of thousand articles, so the
 * benchmark first runs the job {@code warm-up jobs} times on the last master, printing the JIT time
 * of each, until the compilers are quiet. Then, each round runs the job once on every master, each
 * in a fresh Spark session of this JVM: the masters share the pipeline, its compiled code and
 * whatever else the machine is doing at that moment, so the ratio of their times is the speed-up of
 * the job and nothing else. It prints every run, where each run's time went (stage by stage), and
 * the median time of each master and the median of the per-round speed-ups. With {@code stories}
 * the job also clusters the articles into stories, as {@code --stories} does.
 */
public final class BatchBenchmark {

  private BatchBenchmark() {}

  /** Runs the benchmark and prints its results. */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    List<String> masters = Arrays.asList(args[1].split(","));
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 12;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    int partitions = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    boolean stories = args.length > 6 && args[6].equals("stories");
    Path dir = Files.createTempDirectory("civicbrief-bench");
    List<String> lines;
    try (var all = Files.lines(corpus, StandardCharsets.UTF_8)) {
      lines = all.limit(limit).toList();
    }
    Path input = Files.write(dir.resolve("input.jsonl"), lines);
    PipelineSpec spec =
        PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), Version.of());
    Run run = new Run(input, dir, spec, partitions, stories);

    String warmMaster = masters.getLast();
    for (int i = 1; i <= warmups; i++) {
      System.out.println("warm-up " + run.once(warmMaster, "warm-up " + i, false).line());
    }
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    List<Double> speedups = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (String master : masters) {
        Measured m = run.once(master, "round " + round, true);
        System.out.println(m.line());
        System.out.print(m.stages());
        seconds.computeIfAbsent(master, k -> new ArrayList<>()).add(m.report().seconds());
      }
      List<Double> times = masters.stream().map(k -> seconds.get(k).getLast()).toList();
      speedups.add(times.getFirst() / times.getLast());
    }
    for (String master : masters) {
      double median = median(seconds.get(master));
      System.out.printf(
          Locale.ROOT,
          "%s: median %.2f s = %.0f articles/min over %d rounds%n",
          master,
          median,
          limit / median * 60,
          rounds);
    }
    if (masters.size() > 1) {
      System.out.printf(
          Locale.ROOT,
          "speed-up %s over %s: median %.2f (rounds: %s)%n",
          masters.getLast(),
          masters.getFirst(),
          median(speedups),
          speedups.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    }
  }

  private record Measured(
      String master, String label, BatchReport report, double cpu, double jit, String stages) {

    String line() {
      return String.format(
          Locale.ROOT,
          "%s %s: %d of %d records briefed in %.2f s = %.0f articles/min; CPU %.1f s (%.2f cores"
              + " busy); JIT %.1f s; %d partitions",
          label,
          master,
          report.briefed(),
          report.records(),
          report.seconds(),
          report.briefed() / report.seconds() * 60,
          cpu,
          cpu / report.seconds(),
          jit,
          report.partitions());
    }
  }

  /** One job on one master, in a session of its own. */
  private record Run(Path input, Path dir, PipelineSpec spec, int partitions, boolean stories) {

    Measured once(String master, String label, boolean stageTimes) {
      SparkSession spark = LocalSession.start(master, false);
      StageTimes stages = new StageTimes(spark.sparkContext().defaultParallelism());
      spark.sparkContext().addSparkListener(stages);
      try {
        String out = dir.resolve("out").toString();
        long cpu0 = cpuNanos();
        long jit0 = jitMillis();
        BatchSettings settings =
            BatchSettings.of(input.toString(), out, spec)
                .withPartitions(partitions)
                .withOverwrite(true);
        BatchReport r =
            new BatchJob(spark)
                .run(stories ? settings.withStories(StorySettings.defaults()) : settings);
        return new Measured(
            master,
            label,
            r,
            (cpuNanos() - cpu0) / 1e9,
            (jitMillis() - jit0) / 1e3,
            stageTimes ? stages.report() : "");
      } finally {
        spark.stop();
      }
    }
  }

  /**
   * Each completed stage's wall time, its tasks' summed run and CPU time: where a job's time goes
   * besides briefing (the briefing stage's run time is the pipeline's own).
   */
  private static final class StageTimes extends SparkListener {
    private final List<String> lines = new ArrayList<>();
    private final int cores;

    StageTimes(int cores) {
      this.cores = cores;
    }

    synchronized String report() {
      StringBuilder b = new StringBuilder();
      lines.forEach(l -> b.append("  ").append(l).append('\n'));
      return b.toString();
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted done) {
      var info = done.stageInfo();
      long wall =
          (long) info.completionTime().getOrElse(() -> 0L)
              - (long) info.submissionTime().getOrElse(() -> 0L);
      var m = info.taskMetrics();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-36.36s %3d tasks: wall %5.2f s, task run %5.2f s, task CPU %5.2f s, GC %4.2f s,"
                  + " cores idle %4.2f s",
              info.name(),
              info.numTasks(),
              wall / 1e3,
              m.executorRunTime() / 1e3,
              m.executorCpuTime() / 1e9,
              m.jvmGCTime() / 1e3,
              // Core time no task ran: the tail of a stage, and scheduling between tasks.
              Math.max(0, cores * wall - m.executorRunTime()) / 1e3));
    }
  }

  private static double median(List<Double> xs) {
    double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  // Time the JIT compilers spent: a run is warm when this is near zero.
  private static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
