package org.civicbrief.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.StageTimings;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.pipeline.PipelineSpec;

/**
 * Warm end-to-end briefing time of one article, per stage. Run it on one core to compare with the
 * budget in docs/BENCHMARKS.md:
 *
 * <pre>
 * taskset -c 0 java -XX:ActiveProcessorCount=1 -cp … org.civicbrief.bench.BriefingBenchmark FILE
 * </pre>
 */
public final class BriefingBenchmark {

  private BriefingBenchmark() {}

  /** {@code FILE [warmup-runs] [measured-runs]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: BriefingBenchmark FILE [warmup] [runs]");
      System.exit(2);
    }
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    long t0 = System.nanoTime();
    BriefRecord pipeline =
        BriefRecord.create(PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "bench"));
    Outcome<Article> read = pipeline.ingest().read(args[0], System.in);
    if (!read.isOk()) {
      System.err.println(args[0] + ": " + read.reason());
      System.exit(1);
    }
    pipeline.warmUp();
    double load = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < warmup; i++) {
      pipeline.brief(read.value());
    }
    long[] annotate = new long[runs];
    long[] values = new long[runs];
    long[] brief = new long[runs];
    long[] quiz = new long[runs];
    long[] total = new long[runs];
    int tokens = 0;
    for (int i = 0; i < runs; i++) {
      StageTimings t = pipeline.brief(read.value()).timings();
      annotate[i] = t.annotateNanos();
      values[i] = t.valuesNanos();
      brief[i] = t.briefNanos();
      quiz[i] = t.quizNanos();
      total[i] = t.totalNanos();
      tokens = t.tokens();
    }
    Map<String, long[]> stages =
        new java.util.LinkedHashMap<>(
            Map.of("annotate (CoreNLP)", annotate, "values (dates, numbers)", values));
    stages.put("briefing stages", brief);
    stages.put("quiz", quiz);
    stages.put("total", total);
    System.out.printf(
        Locale.ROOT,
        "%s: %d tokens, %d processors, models loaded in %.2f s, %d warm-up + %d measured runs%n",
        Path.of(args[0]).getFileName(),
        tokens,
        Runtime.getRuntime().availableProcessors(),
        load,
        warmup,
        runs);
    System.out.printf(Locale.ROOT, "%-26s %10s %10s %10s%n", "stage", "median s", "p90 s", "min s");
    for (var e : stages.entrySet()) {
      long[] v = e.getValue().clone();
      Arrays.sort(v);
      System.out.printf(
          Locale.ROOT,
          "%-26s %10.3f %10.3f %10.3f%n",
          e.getKey(),
          v[v.length / 2] / 1e9,
          v[(int) Math.min(v.length - 1, Math.ceil(v.length * 0.9) - 1)] / 1e9,
          v[0] / 1e9);
    }
    Arrays.sort(total);
    System.out.printf(
        Locale.ROOT, "throughput: %.0f tokens/s (median)%n", tokens / (total[runs / 2] / 1e9));
  }
}
