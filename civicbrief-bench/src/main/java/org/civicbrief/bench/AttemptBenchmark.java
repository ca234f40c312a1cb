package org.civicbrief.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.quiz.NewAttempt;
import org.civicbrief.store.quiz.StoredQuiz;

/**
 * Quiz attempts stored through the store's group commit, as fast as {@code THREADS} concurrent
 * requests can post them, on a data folder that holds a published briefing (one {@code civicbrief
 * serve} made): the store side of a quiz post, without HTTP. Every {@code 50 ms} it writes how many
 * attempts the store has acknowledged to {@code ACK_FILE}, so that after a {@code kill -9} the
 * attempts stored can be counted against the attempts acknowledged.
 *
 * <pre>
 * java -cp … org.civicbrief.bench.AttemptBenchmark DATA_FOLDER THREADS SECONDS [ACK_FILE]
 * </pre>
 */
public final class AttemptBenchmark {

  private AttemptBenchmark() {}

  /** Runs the benchmark; see the class comment. */
  public static void main(String[] args) throws Exception {
    StoreConfig config = StoreConfig.sqlite(Path.of(args[0]));
    int threads = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    Optional<Path> ackFile = args.length > 3 ? Optional.of(Path.of(args[3])) : Optional.empty();
    try (Store store = Store.open(config)) {
      long briefing =
          store.briefings().published(1, 0).stream()
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no published briefing in " + args[0]))
              .id();
      StoredQuiz quiz = store.quizzes().latestFor(briefing).orElseThrow();
      Map<String, String> answers =
          Map.of(
              quiz.quiz().questions().get(0).id(), quiz.quiz().questions().get(0).options().get(0));
      Question first = quiz.quiz().questions().get(0);
      LongAdder acknowledged = new LongAdder();
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        String reader = "bench-reader-" + t;
        pool.execute(
            () -> {
              while (System.nanoTime() < end) {
                store
                    .quizzes()
                    .recordAttempt(
                        new NewAttempt(
                            quiz.id(),
                            reader,
                            answers,
                            first.answerIndex() == 0 ? 1 : 0,
                            1,
                            Optional.empty()));
                acknowledged.increment();
              }
            });
      }
      long started = System.nanoTime();
      while (!pool.awaitTermination(50, TimeUnit.MILLISECONDS)) {
        ackFile.ifPresent(f -> write(f, acknowledged.sum()));
        if (System.nanoTime() >= end) {
          pool.shutdown();
        }
      }
      double took = (System.nanoTime() - started) / 1e9;
      ackFile.ifPresent(f -> write(f, acknowledged.sum()));
      System.out.printf(
          "%d threads, %.1f s: %d attempts acknowledged, %.0f attempts/s, %d"
              + " transactions (%.1f attempts each)%n",
          threads,
          took,
          acknowledged.sum(),
          acknowledged.sum() / took,
          store.quizzes().attemptCommits(),
          store.quizzes().attemptsStored()
              / (double) Math.max(1, store.quizzes().attemptCommits()));
    }
  }

  private static void write(Path file, long count) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, count + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
