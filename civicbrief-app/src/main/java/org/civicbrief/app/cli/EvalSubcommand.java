package org.civicbrief.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.eval.AnnotateCorpus;
import org.civicbrief.app.eval.BadDataException;
import org.civicbrief.pipeline.BriefRecord;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every {@code eval} subcommand shares: the data, the prediction file, workers, the annotation
 * cache, a record limit, progress on standard error, and bad data reported in one line.
 */
abstract class EvalSubcommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "The evaluation data (JSON Lines, read in place).")
  Path data;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the predictions here as JSON Lines.")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for annotation (default: brief.threads).")
  Integer threads;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Keep CoreNLP annotations here and reuse them in later runs.")
  Path cache;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Use only the first N records.",
      defaultValue = "2147483647")
  int limit;

  @Override
  public final Integer call() {
    if (limit < 1) {
      throw new UserError("--limit must be at least 1", 2);
    }
    CivicbriefConfig config = root().config();
    try {
      String result = evaluate(config);
      root().out.print(result);
      root().out.flush();
      return 0;
    } catch (BadDataException e) {
      throw new UserError(e.getMessage(), Civicbrief.BAD_INPUT);
    }
  }

  /** Runs the evaluation and returns the table to print. */
  abstract String evaluate(CivicbriefConfig config);

  Civicbrief root() {
    return eval.root;
  }

  Optional<Path> out() {
    return Optional.ofNullable(out);
  }

  /**
   * Annotates with the briefing pipeline's CoreNLP settings, cached when {@code --cache} is set.
   */
  AnnotateCorpus annotateCorpus(CivicbriefConfig config) {
    return annotateCorpus(config, root().briefRecord(config));
  }

  /** Annotates with {@code pipeline}'s annotator, cached when {@code --cache} is set. */
  AnnotateCorpus annotateCorpus(CivicbriefConfig config, BriefRecord pipeline) {
    int n = threads != null ? threads : config.threads();
    if (n < 1) {
      throw new UserError("--threads must be at least 1", 2);
    }
    return new AnnotateCorpus(
        pipeline::annotator,
        n,
        Optional.ofNullable(cache),
        config.nlp().toString(),
        progress("annotated"));
  }

  /** Reports progress on standard error: in place on a terminal, else every hundred articles. */
  IntConsumer progress(String verb) {
    Civicbrief root = root();
    long[] lastHundred = {-1};
    return done -> {
      if (root.terminal) {
        root.err.print("\r" + verb + " " + done + " articles");
      } else if (done / 100 != lastHundred[0]) {
        lastHundred[0] = done / 100;
        root.err.printf(Locale.ROOT, "%s %d articles%n", verb, done);
      }
    };
  }
}
