package org.civicbrief.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.serve.BriefJob;
import org.civicbrief.app.serve.FollowStories;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.nlp.embed.BgeSmallEmbed;
import org.civicbrief.store.Store;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.job.JobStatus;
import org.civicbrief.store.job.JobWorkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code civicbrief import}: stores a JSON Lines corpus (the records {@code brief --batch} reads)
 * through the store, where duplicates are recognized and each new article's briefing job is queued.
 * A bad record is reported with its file and line and skipped; every record accepted before it
 * stays stored.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Stores articles from a JSON Lines file, or a folder of .jsonl files and article files"
          + " (.txt, .md, .html), and queues their briefings.",
      "Each line is {\"id\", \"text\" (or \"article\"), \"title\", \"url\", \"published\","
          + " \"publisher\", \"byline\"}."
    })
final class ImportCommand implements Callable<Integer> {

  private static final Principal IMPORT = Principal.system("import");

  @ParentCommand Civicbrief root;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      paramLabel = "FILE|FOLDER",
      description = "A .jsonl file, or a folder of .jsonl files and articles (.txt, .md, .html).")
  Path source;

  @Option(
      names = "--brief",
      description = "Also brief the queued articles now and assign them to stories, then exit.")
  boolean brief;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Path> files = files(source);
    long total = 0;
    for (Path f : files) {
      if (!isJsonLines(f)) {
        total++;
        continue;
      }
      try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
        total += lines.filter(l -> !l.isBlank()).count();
      }
    }
    CivicbriefConfig config = root.config();
    Ingest ingest = root.ingest(config);
    Progress progress = new Progress(root.err, root.terminal, total);
    Tally tally = new Tally(progress);
    try (Store store = ServeCommand.open(storeOptions.apply(config.serve().store()))) {
      for (Path f : files) {
        if (!isJsonLines(f)) {
          // One article per file, read as `brief` reads it (text, Markdown or HTML).
          tally.add(
              f.getFileName().toString(),
              ingest
                  .read(f.toString(), InputStream.nullInputStream())
                  .flatMap((Article a) -> store.articles().submit(Submission.of(a), IMPORT)));
          continue;
        }
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          int lineNumber = 0;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
              continue;
            }
            String where = f.getFileName() + ":" + lineNumber;
            tally.add(
                where,
                ingest
                    .fromJsonRecord(line, "import:" + where)
                    .flatMap((Article a) -> store.articles().submit(Submission.of(a), IMPORT)));
          }
        }
      }
      progress.finish(tally.failed, "imported");
      root.err.printf(
          Locale.ROOT,
          "%d new articles queued for briefing, %d copies of stored articles%n",
          tally.stored,
          tally.duplicates);
      if (brief) {
        briefQueued(store, config);
      }
    }
    return tally.failed > 0 ? Civicbrief.BAD_INPUT : 0;
  }

  private void briefQueued(Store store, CivicbriefConfig config) throws InterruptedException {
    FollowStories stories = new FollowStories(store, new BgeSmallEmbed());
    JobWorkers workers =
        store.workers(
            new BriefJob(store, root.briefRecord(config), a -> false, stories),
            new JobSettings(
                config.serve().jobThreads(), Duration.ofMinutes(1), Duration.ofSeconds(1)));
    workers.start();
    try {
      while (true) {
        var counts = store.jobs().counts();
        long left = counts.get(JobStatus.QUEUED) + counts.get(JobStatus.RUNNING);
        if (left == 0) {
          break;
        }
        root.err.print(root.terminal ? "\rbriefing: " + left + " jobs left   " : "");
        Thread.sleep(1000);
      }
    } finally {
      workers.stop(Duration.ofSeconds(10));
    }
    var counts = store.jobs().counts();
    root.err.println(
        (root.terminal ? "\n" : "")
            + "briefed: "
            + counts.get(JobStatus.DONE)
            + " jobs done, "
            + counts.get(JobStatus.FAILED)
            + " failed; "
            + stories.stories()
            + " stories");
  }

  private static List<Path> files(Path source) throws IOException {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    if (!Files.isDirectory(source)) {
      throw new UserError("no such file or folder: " + source, Civicbrief.BAD_INPUT);
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(source)) {
      s.filter(p -> Files.isRegularFile(p) && (isJsonLines(p) || isArticleFile(p)))
          .sorted()
          .forEach(out::add);
    }
    if (out.isEmpty()) {
      throw new UserError(
          "the folder " + source + " has no .jsonl, .txt, .md or .html files",
          Civicbrief.BAD_INPUT);
    }
    return out;
  }

  private static boolean isJsonLines(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt")
        || name.endsWith(".md")
        || name.endsWith(".html")
        || name.endsWith(".htm");
  }

  /** Counts what the import did with each record, and reports each one on the progress bar. */
  private static final class Tally {
    private final Progress progress;
    long stored;
    long duplicates;
    long failed;

    Tally(Progress progress) {
      this.progress = progress;
    }

    void add(String where, Outcome<Submitted> s) {
      if (!s.isOk()) {
        failed++;
        progress.step(where + ": " + s.reason());
        return;
      }
      if (s.value().duplicate()) {
        duplicates++;
      } else {
        stored++;
      }
      progress.step(null);
    }
  }
}
