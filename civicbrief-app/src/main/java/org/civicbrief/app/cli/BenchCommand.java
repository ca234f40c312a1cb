package org.civicbrief.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.eval.BadDataException;
import org.civicbrief.app.eval.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code civicbrief bench}: warm end-to-end throughput and time per stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures warm end-to-end throughput and the time of each stage.",
      "Briefs the records of a JSON Lines corpus after a warm-up, with 1 and with 2 worker",
      "threads, and reports articles per minute, tokens per second, time per stage and peak heap.",
      "--out writes one line per article and pass: {id, threads, tokens, annotate_ms, ...}."
    })
final class BenchCommand implements Callable<Integer> {

  @ParentCommand Civicbrief root;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The corpus.")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Write per-article times here.")
  Path out;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "200",
      description = "Articles per pass (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "20",
      description = "Articles briefed before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--threads",
      paramLabel = "N,N",
      split = ",",
      defaultValue = "1,2",
      description = "Worker threads of each pass (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Override
  public Integer call() {
    if (limit < 1 || warmup < 0 || threads.stream().anyMatch(t -> t < 1)) {
      throw new UserError("--limit and --threads must be at least 1, --warmup at least 0", 2);
    }
    CivicbriefConfig config = root.config();
    try {
      Bench.Report report =
          new Bench(root.briefRecord(config))
              .run(data, limit, warmup, threads, Optional.ofNullable(out));
      root.out.print(report.table());
      root.out.flush();
      return 0;
    } catch (BadDataException e) {
      throw new UserError(e.getMessage(), Civicbrief.BAD_INPUT);
    }
  }
}
