package org.civicbrief.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.civicbrief.core.story.AssignStory;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.FollowStoryLines;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryIndex;
import org.civicbrief.core.story.StoryModel;

/**
 * Latency of assigning one article to a story when the index already holds many stories (100,000 by
 * default). The stories are synthetic but shaped like news: words, names and people drawn from
 * Zipf-like vocabularies, dates spread over two years, and embeddings that share a common direction
 * and one of a few hundred topic directions, so that most candidate stories pass the embedding gate
 * and are scored (the slow case). Half of the measured articles follow up an existing story, half
 * start a new one. Run it on one core:
 *
 * <pre>
 * taskset -c 0 java -XX:ActiveProcessorCount=1 -cp … org.civicbrief.bench.StoryAssignmentBenchmark
 *     [stories] [articles] [lines]
 * </pre>
 *
 * <p>With {@code lines}, the articles are placed in story lines ({@link FollowStoryLines}): the
 * event first, then, for an article that starts an event, the line of the nearest earlier event;
 * the restored stories are one-article events, one line each. With a fourth argument, the number of
 * articles to restore, each line is restored as two events months apart that share the articles
 * evenly (issue 18's size: 1,000,000 lines and 10,000,000 articles); a line's features are drawn
 * again from its own seed when a timed article follows it up, so the benchmark holds no copy of
 * what it restored.
 */
public final class StoryAssignmentBenchmark {

  private static final int DIMENSIONS = 384;
  private static final int TERMS_VOCABULARY = 60_000;
  private static final int NAMES_VOCABULARY = 30_000;
  private static final int PERSONS_VOCABULARY = 20_000;
  private static final int TOPICS = 300;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private final SplittableRandom random;
  private final float[] common = unitNoise(new SplittableRandom(1));
  private final float[][] topics = new float[TOPICS][];

  private StoryAssignmentBenchmark() {
    random = new SplittableRandom(20250601L);
    SplittableRandom r = new SplittableRandom(2);
    for (int t = 0; t < TOPICS; t++) {
      topics[t] = unitNoise(r);
    }
  }

  /**
   * {@code [stories] [articles] [lines]}: the index size, how many assignments to time, and "lines"
   * to place them in story lines.
   */
  public static void main(String[] args) {
    int stories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    boolean lines = args.length > 2 && args[2].equals("lines");
    if (lines && args.length > 3) {
      new StoryAssignmentBenchmark().runLines(stories, Long.parseLong(args[3]), articles);
      return;
    }
    new StoryAssignmentBenchmark().run(stories, articles, lines);
  }

  /**
   * Restores {@code lines} story lines of two events each holding {@code restored} articles in all,
   * then times {@code timed} placements: half follow up a random line, half are new.
   */
  private void runLines(int lines, long restored, int timed) {
    StoryModel model = StoryModel.eventDefaults();
    StoryIndex index = new StoryIndex(DIMENSIONS, model);
    FollowStoryLines follow = new FollowStoryLines(index, model, StoryModel.lineDefaults());
    long t0 = System.nanoTime();
    long done = 0;
    for (int l = 0; l < lines; l++) {
      long day = l * 600L / lines;
      StoryFeatures base = lineStory(l, day);
      long perLine = restored / lines + (l < restored % lines ? 1 : 0);
      for (long k = 0; k < perLine; k++) {
        // The first half of a line's articles are its first event, the rest one 90 days later.
        boolean second = k >= perLine / 2;
        long event = 2L * l + (second ? 2 : 1);
        StoryFeatures a = followUp("r" + done, base, second ? 90 : 0);
        follow.restore(event, l + 1L, a);
        done++;
      }
      if ((l + 1) % (lines / 10) == 0) {
        System.out.printf(
            Locale.ROOT,
            "restored %,d lines, %,d articles, %.0f s%n",
            l + 1,
            done,
            (System.nanoTime() - t0) / 1e9);
      }
    }
    double build = (System.nanoTime() - t0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
    for (int i = 0; i < 500; i++) {
      follow.assign(timedArticle("w" + i, lines));
    }
    long[] nanos = new long[timed];
    long[] cpu = new long[timed];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long candidates = 0;
    long scored = 0;
    int joined = 0;
    for (int i = 0; i < timed; i++) {
      StoryFeatures f = timedArticle("a" + i, lines);
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      FollowStoryLines.Placement p = follow.assign(f);
      nanos[i] = System.nanoTime() - t;
      cpu[i] = threads.getCurrentThreadCpuTime() - c;
      candidates += p.event().candidates();
      scored += p.event().scored();
      joined += p.startedLine() ? 0 : 1;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "CPU time of the placing thread, ms: median %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
        ms(cpu, 0.5),
        ms(cpu, 0.9),
        ms(cpu, 0.99),
        cpu[cpu.length - 1] / 1e6);
    System.out.printf(
        Locale.ROOT,
        "story lines %,d  events %,d  articles %,d  built in %.0f s  heap after build %,d MB%n"
            + "placements %,d  in an existing line %,d  candidates/article %.0f"
            + "  scored for the event/article %.0f%n"
            + "latency ms: median %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
        follow.lines(),
        follow.events(),
        index.articles(),
        build,
        heap,
        timed,
        joined,
        candidates / (double) timed,
        scored / (double) timed,
        ms(nanos, 0.5),
        ms(nanos, 0.9),
        ms(nanos, 0.99),
        nanos[nanos.length - 1] / 1e6);
  }

  /** A timed article: every other one follows up a random line months after it started. */
  private StoryFeatures timedArticle(String id, int lines) {
    if (random.nextBoolean()) {
      return story(id, random.nextLong(730));
    }
    int l = random.nextInt(lines);
    return followUp(id, lineStory(l, l * 600L / lines), 95 + random.nextInt(60));
  }

  /** Line {@code l}'s first article, drawn from the line's own seed. */
  private StoryFeatures lineStory(int l, long day) {
    return new StoryAssignmentBenchmark(new SplittableRandom(1_000_003L * l + 7), topics)
        .story("line" + l, day);
  }

  private StoryAssignmentBenchmark(SplittableRandom random, float[][] topics) {
    this.random = random;
    System.arraycopy(topics, 0, this.topics, 0, TOPICS);
  }

  /** An article that follows up {@code s}, {@code days} to {@code days + 9} days after it. */
  private StoryFeatures followUp(String id, StoryFeatures s, int days) {
    float[] e = s.embedding();
    float[] noise = unitNoise(random);
    for (int i = 0; i < e.length; i++) {
      e[i] += 0.4f * noise[i];
    }
    return new StoryFeatures(
        id,
        unit(e),
        mix(s.terms(), vocabulary("t", TERMS_VOCABULARY, 20)),
        mix(s.names(), vocabulary("n", NAMES_VOCABULARY, 4)),
        s.numbers(),
        s.persons(),
        s.date().map(d -> d.plusDays(days + random.nextInt(10))));
  }

  private void run(int stories, int articles, boolean lines) {
    StoryModel model = lines ? StoryModel.eventDefaults() : StoryModel.defaults();
    StoryIndex index = new StoryIndex(DIMENSIONS, model);
    FollowStoryLines follow = new FollowStoryLines(index, model, StoryModel.lineDefaults());
    StoryFeatures[] seeds = new StoryFeatures[stories];
    long t0 = System.nanoTime();
    for (int s = 0; s < stories; s++) {
      seeds[s] = story("s" + s, s * 730L / stories);
      if (lines) {
        follow.restore(s + 1L, s + 1L, seeds[s]);
      } else {
        index.restore(s + 1L, seeds[s]);
      }
    }
    double build = (System.nanoTime() - t0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;

    AssignStory assign = new AssignStory(model);
    // Warm up the JIT on articles that are not measured.
    for (int i = 0; i < 500; i++) {
      StoryFeatures w = article("w" + i, seeds, stories);
      if (lines) {
        follow.assign(w);
      } else {
        assign.assign(w, index);
      }
    }
    long[] nanos = new long[articles];
    long candidates = 0;
    long scored = 0;
    int joined = 0;
    for (int i = 0; i < articles; i++) {
      StoryFeatures f = article("a" + i, seeds, stories);
      long t = System.nanoTime();
      Assignment a = lines ? follow.assign(f).event() : assign.assign(f, index);
      nanos[i] = System.nanoTime() - t;
      candidates += a.candidates();
      scored += a.scored();
      joined += a.started() ? 0 : 1;
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        (lines ? "story lines, " : "")
            + "stories %,d  built in %.1f s  heap after build %,d MB%n"
            + "assignments %,d  joined %,d  candidates/article %.0f  scored/article %.0f%n"
            + "latency ms: median %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
        stories,
        build,
        heap,
        articles,
        joined,
        candidates / (double) articles,
        scored / (double) articles,
        ms(nanos, 0.5),
        ms(nanos, 0.9),
        ms(nanos, 0.99),
        nanos[nanos.length - 1] / 1e6);
  }

  /** A new article: every other one follows up a random existing story. */
  private StoryFeatures article(String id, StoryFeatures[] seeds, int stories) {
    if (random.nextBoolean()) {
      return story(id, random.nextLong(730));
    }
    StoryFeatures s = seeds[random.nextInt(stories)];
    float[] e = s.embedding();
    float[] noise = unitNoise(random);
    for (int i = 0; i < e.length; i++) {
      e[i] += 0.4f * noise[i];
    }
    return new StoryFeatures(
        id,
        unit(e),
        mix(s.terms(), vocabulary("t", TERMS_VOCABULARY, 20)),
        mix(s.names(), vocabulary("n", NAMES_VOCABULARY, 4)),
        s.numbers(),
        s.persons(),
        s.date().map(d -> d.plusDays(random.nextInt(10))));
  }

  /** A story's first article, dated {@code day} days after the start. */
  private StoryFeatures story(String id, long day) {
    float[] e = new float[DIMENSIONS];
    float[] topic = topics[random.nextInt(TOPICS)];
    float[] noise = unitNoise(random);
    for (int i = 0; i < DIMENSIONS; i++) {
      e[i] = 0.75f * common[i] + 0.45f * topic[i] + 0.5f * noise[i];
    }
    return new StoryFeatures(
        id,
        unit(e),
        vocabulary("t", TERMS_VOCABULARY, 60),
        vocabulary("n", NAMES_VOCABULARY, 12),
        vocabulary("#", 5_000, 3),
        vocabulary("p", PERSONS_VOCABULARY, 3),
        Optional.of(START.plusDays(day)));
  }

  /** {@code n} words drawn with probability about 1/rank, with counts from 1 to 3. */
  private Map<String, Float> vocabulary(String prefix, int size, int n) {
    Map<String, Float> out = new HashMap<>();
    double logSize = Math.log(size);
    for (int i = 0; i < n; i++) {
      int rank = (int) Math.exp(random.nextDouble() * logSize);
      out.merge(prefix + rank, 1f + random.nextInt(3), Float::sum);
    }
    return out;
  }

  /** Half of {@code story}'s words with {@code fresh} ones: a follow-up's wording. */
  private Map<String, Float> mix(Map<String, Float> story, Map<String, Float> fresh) {
    Map<String, Float> out = new HashMap<>(fresh);
    for (var e : story.entrySet()) {
      if (random.nextBoolean()) {
        out.merge(e.getKey(), e.getValue(), Float::sum);
      }
    }
    return out;
  }

  private static float[] unitNoise(SplittableRandom r) {
    float[] v = new float[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return unit(v);
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * (double) x;
    }
    float inv = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
  }
}
