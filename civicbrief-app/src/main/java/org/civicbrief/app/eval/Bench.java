package org.civicbrief.app.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.StageTimings;
import org.civicbrief.pipeline.BriefRecord;

/**
 * {@code bench}: end-to-end throughput of the briefing pipeline on a corpus, warm (after the models
 * are loaded and the JIT has seen a few articles), with each number of worker threads asked for,
 * and the time each stage takes per article.
 */
public final class Bench {

  /**
   * One timed pass over the corpus.
   *
   * @param threads worker threads
   * @param articles articles briefed
   * @param seconds wall-clock time of the pass
   * @param tokens tokens in those articles
   * @param annotateMs mean CoreNLP time per article
   * @param valuesMs mean time of the date and quantity recognizers per article
   * @param briefMs mean time of the briefing stages per article
   * @param quizMs mean time of the quiz per article
   * @param cpuSeconds CPU time of the whole process during the pass (JIT and GC included)
   * @param jitSeconds time the JIT compilers spent during the pass: near zero once warm
   */
  public record Pass(
      int threads,
      int articles,
      double seconds,
      long tokens,
      double annotateMs,
      double valuesMs,
      double briefMs,
      double quizMs,
      double cpuSeconds,
      double jitSeconds) {

    /** Articles per minute. */
    public double articlesPerMinute() {
      return articles / seconds * 60;
    }

    /** Tokens per second. */
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /**
   * What the benchmark measured.
   *
   * @param loadSeconds time to load the models
   * @param warmup articles briefed before timing
   * @param skipped records that were not usable articles
   * @param failed articles the pipeline failed on, with the error (left out of the timings)
   * @param passes one per thread count
   * @param peakHeapBytes the sum of the heap pools' peak use during the timed passes, garbage
   *     included (an upper bound of the heap a run needs)
   * @param liveHeapBytes heap in use after a full collection at the end
   */
  public record Report(
      double loadSeconds,
      int warmup,
      int skipped,
      List<String> failed,
      List<Pass> passes,
      long peakHeapBytes,
      long liveHeapBytes) {

    public Report {
      failed = List.copyOf(failed);
      passes = List.copyOf(passes);
    }

    /** The report as a text table. */
    public String table() {
      Table t =
          new Table(
              "threads",
              "articles",
              "seconds",
              "articles/min",
              "tokens/s",
              "annotate ms",
              "values ms",
              "brief ms",
              "quiz ms",
              "CPU s",
              "JIT s");
      for (Pass p : passes) {
        t.row(
            Integer.toString(p.threads()),
            Integer.toString(p.articles()),
            f1(p.seconds()),
            f1(p.articlesPerMinute()),
            String.format(Locale.ROOT, "%.0f", p.tokensPerSecond()),
            f1(p.annotateMs()),
            f1(p.valuesMs()),
            f1(p.briefMs()),
            f1(p.quizMs()),
            f1(p.cpuSeconds()),
            f1(p.jitSeconds()));
      }
      StringBuilder failures = new StringBuilder();
      failed.forEach(f -> failures.append("failed: ").append(f).append('\n'));
      return t.render()
          + failures
          + String.format(
              Locale.ROOT,
              "models loaded in %.1f s; %d warm-up articles; %d records skipped; %d articles failed;"
                  + " peak heap %d MB (live after GC %d MB)%n",
              loadSeconds,
              warmup,
              skipped,
              failed.size(),
              peakHeapBytes >> 20,
              liveHeapBytes >> 20);
    }

    private static String f1(double x) {
      return String.format(Locale.ROOT, "%.1f", x);
    }
  }

  private final BriefRecord pipeline;

  /** A benchmark of {@code pipeline}, reading records with its ingest settings. */
  public Bench(BriefRecord pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  private record Timing(String id, StageTimings timings) {}

  /**
   * Briefs {@code warmup} articles untimed, then the first {@code limit} usable records of {@code
   * data} once per entry of {@code threadCounts}; writes per-article times to {@code out}.
   */
  public Report run(
      Path data, int limit, int warmup, List<Integer> threadCounts, Optional<Path> out) {
    List<Outcome<Article>> read =
        new ReadJsonLines()
            .read(
                data,
                Integer.MAX_VALUE,
                (node, origin) -> pipeline.ingest().fromJsonRecord(node.toString(), origin));
    int skipped = (int) read.stream().filter(o -> !o.isOk()).count();
    List<Article> articles =
        read.stream().filter(Outcome::isOk).map(Outcome::value).limit(limit).toList();
    if (articles.isEmpty()) {
      throw new BadDataException(data + ": no usable articles");
    }
    double load = pipeline.warmUp();
    Set<String> failed = new TreeSet<>();
    for (int i = 0; i < warmup; i++) {
      Article a = articles.get(i % articles.size());
      try {
        pipeline.brief(a);
      } catch (RuntimeException e) {
        failed.add(a.origin() + ": " + e);
      }
    }
    resetPeaks();
    List<Pass> passes = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int threads : threadCounts) {
      long t0 = System.nanoTime();
      long cpu0 = cpuNanos();
      long jit0 = jitMillis();
      List<Timing> timings = briefAll(articles, threads, failed);
      double seconds = (System.nanoTime() - t0) / 1e9;
      passes.add(
          pass(threads, seconds, timings, (cpuNanos() - cpu0) / 1e9, (jitMillis() - jit0) / 1e3));
      for (Timing t : timings) {
        rows.add(row(threads, t));
      }
    }
    long peak = peakHeap();
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    out.ifPresent(file -> new WritePredictions().write(file, rows));
    return new Report(load, warmup, skipped, List.copyOf(failed), passes, peak, live);
  }

  /**
   * Briefs every article; one that fails is left out of the timings and counted, as a batch does.
   */
  private List<Timing> briefAll(List<Article> articles, int threads, Set<String> failed) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Timing>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> new Timing(a.origin(), pipeline.brief(a).timings())));
      }
      List<Timing> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          failed.add(articles.get(i).origin() + ": " + e.getCause());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Pass pass(
      int threads, double seconds, List<Timing> timings, double cpu, double jit) {
    long tokens = 0;
    double annotate = 0;
    double values = 0;
    double brief = 0;
    double quiz = 0;
    for (Timing t : timings) {
      StageTimings s = t.timings();
      tokens += s.tokens();
      annotate += s.annotateNanos();
      values += s.valuesNanos();
      brief += s.briefNanos();
      quiz += s.quizNanos();
    }
    double n = timings.size() * 1e6;
    return new Pass(
        threads,
        timings.size(),
        seconds,
        tokens,
        annotate / n,
        values / n,
        brief / n,
        quiz / n,
        cpu,
        jit);
  }

  private static Map<String, Object> row(int threads, Timing t) {
    StageTimings s = t.timings();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("threads", threads);
    m.put("tokens", s.tokens());
    m.put("annotate_ms", s.annotateNanos() / 1e6);
    m.put("values_ms", s.valuesNanos() / 1e6);
    m.put("brief_ms", s.briefNanos() / 1e6);
    m.put("quiz_ms", s.quizNanos() / 1e6);
    m.put("total_ms", s.totalNanos() / 1e6);
    return m;
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static long jitMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
