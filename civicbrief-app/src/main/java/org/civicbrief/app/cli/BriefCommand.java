package org.civicbrief.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.core.render.RenderHtml;
import org.civicbrief.core.render.RenderMarkdown;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.pipeline.BriefRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code civicbrief brief}: one article in, a sourced civic briefing out. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the civic briefing of an article.",
      "SOURCE is a file (text, Markdown, HTML or a JSON record), an http(s) URL, or - for stdin."
    })
final class BriefCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    md,
    json,
    html
  }

  @ParentCommand Civicbrief root;

  @Mixin SourceOptions article;

  @Option(
      names = {"-f", "--format"},
      description = "md (default), json or html.",
      defaultValue = "md")
  Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write here instead of standard output (with --batch: the JSONL output).")
  Path output;

  @Option(
      names = "--batch",
      paramLabel = "IN.jsonl",
      description = "Brief every JSON record of IN.")
  Path batch;

  @Option(names = "--timings", description = "Print the time each stage took to standard error.")
  boolean timings;

  @Override
  public Integer call() throws IOException {
    CivicbriefConfig config = root.config();
    BriefRecord pipeline = root.briefRecord(config);
    if (batch != null) {
      if (article.source != null) {
        throw new UserError("give either SOURCE or --batch, not both", 2);
      }
      if (output == null) {
        throw new UserError("--batch needs --out OUT.jsonl", 2);
      }
      return new BriefBatch(root, pipeline, config.threads()).run(batch, output, format);
    }
    BriefSource read = new BriefSource(root, pipeline);
    long t1 = System.nanoTime();
    Timed timed = read.brief(article.source, article.published);
    long t2 = System.nanoTime();
    String rendered = render(timed.briefing(), format);
    long t3 = System.nanoTime();
    if (output != null) {
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
    } else {
      root.out.print(rendered);
      root.out.flush();
    }
    if (timings) {
      var t = timed.timings();
      root.err.printf(
          Locale.ROOT,
          "timings: load models %.2f s | read %.3f s | annotate %.3f s | values %.3f s | brief %.3f s"
              + " | quiz %.3f s | render %.3f s | briefing %.3f s | %d tokens, %.0f tokens/s%n",
          pipeline.loadSeconds(),
          read.readNanos() / 1e9,
          t.annotateNanos() / 1e9,
          t.valuesNanos() / 1e9,
          t.briefNanos() / 1e9,
          t.quizNanos() / 1e9,
          (t3 - t2) / 1e9,
          (t2 - t1 - read.readNanos() - pipeline.loadSeconds() * 1e9) / 1e9,
          t.tokens(),
          t.tokens() / (t.totalNanos() / 1e9));
    }
    return 0;
  }

  static String render(Briefing b, Format format) {
    return switch (format) {
      case md -> new RenderMarkdown().render(b);
      case json -> new BriefingJson().pretty(b);
      case html -> new RenderHtml().render(b);
    };
  }
}
