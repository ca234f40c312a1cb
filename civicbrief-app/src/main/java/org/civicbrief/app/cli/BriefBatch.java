package org.civicbrief.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicbrief.pipeline.BriefRecord;

/**
 * Briefs every record of a JSON Lines file with a pool of workers and writes one line per record,
 * in input order: the briefing, or {@code {"id": …, "error": …}} for a record that failed, so that
 * a bad record never stops the run.
 */
final class BriefBatch {

  private final Civicbrief root;
  private final BriefRecord pipeline;
  private final int threads;

  BriefBatch(Civicbrief root, BriefRecord pipeline, int threads) {
    this.root = root;
    this.pipeline = pipeline;
    this.threads = threads;
  }

  private record Result(String line, String error) {}

  int run(Path in, Path out, BriefCommand.Format format) throws IOException {
    if (format != BriefCommand.Format.json && format != BriefCommand.Format.md) {
      throw new UserError("--batch writes JSON Lines; --format " + format + " does not apply", 2);
    }
    long total = countLines(in);
    Progress progress = new Progress(root.err, root.terminal, total);
    pipeline.warmUp();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int failed = 0;
    try (BufferedReader reader = reader(in);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      Deque<Future<Result>> window = new ArrayDeque<>();
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String record = line;
        String origin = in.getFileName() + ":" + lineNo;
        window.add(pool.submit(() -> brief(record, origin)));
        while (window.size() >= threads * 4) {
          failed += write(window.poll(), writer, progress);
        }
      }
      while (!window.isEmpty()) {
        failed += write(window.poll(), writer, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish(failed);
    return 0;
  }

  private Result brief(String record, String origin) {
    BriefRecord.Briefed b = pipeline.brief(record, origin);
    return new Result(b.line(), b.outcome().isOk() ? null : b.id() + ": " + b.outcome().reason());
  }

  private static int write(Future<Result> f, BufferedWriter writer, Progress progress)
      throws IOException {
    Result r;
    try {
      r = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted", Civicbrief.INTERNAL_ERROR);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    writer.write(r.line());
    writer.newLine();
    progress.step(r.error());
    return r.error() == null ? 0 : 1;
  }

  private BufferedReader reader(Path in) throws IOException {
    if (in.toString().equals("-")) {
      return new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8));
    }
    try {
      return Files.newBufferedReader(in, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError(in + ": no such file", Civicbrief.BAD_INPUT);
    }
  }

  private static long countLines(Path in) throws IOException {
    if (in.toString().equals("-") || !Files.isRegularFile(in)) {
      return -1;
    }
    try (var lines = Files.lines(in, StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.isBlank()).count();
    }
  }
}
