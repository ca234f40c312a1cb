package org.civicbrief.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.export.ExportQuiz;
import org.civicbrief.core.quiz.export.QuizExports;
import org.civicbrief.core.quiz.take.TakeQuiz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code civicbrief quiz}: the quiz of an article, printed, taken in the terminal or exported. */
@Command(
    name = "quiz",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the quiz of an article (\"Test your knowledge\").",
      "SOURCE is a file (text, Markdown, HTML or a JSON record), an http(s) URL, or - for stdin.",
      "Export formats: json, md, gift, moodle-xml, qti (IMS QTI 3.0 package), qti12 (QTI 1.2 for"
          + " Canvas)."
    })
final class QuizCommand implements Callable<Integer> {

  @ParentCommand Civicbrief root;

  @Mixin SourceOptions article;

  @Option(names = "--take", description = "Take the quiz here, one question at a time.")
  boolean take;

  @Option(names = "--export", paramLabel = "FORMAT", description = "Write the quiz in FORMAT.")
  String export;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Where --export writes (default: standard output).")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (take && export != null) {
      throw new UserError("give either --take or --export, not both", 2);
    }
    QuizExports exports = QuizExports.standard().with(new JsonQuizExport());
    ExportQuiz exporter;
    try {
      exporter = exports.forFormat(export == null ? "md" : export);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    CivicbriefConfig config = root.config();
    Briefing briefing =
        new BriefSource(root, root.briefRecord(config))
            .brief(article.source, article.published)
            .briefing();
    if (briefing.quiz().questions().isEmpty()) {
      throw new UserError(
          article.source + ": no question passed the quality gates for this article",
          Civicbrief.BAD_INPUT);
    }
    if (take) {
      new TakeQuiz(
              new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8)), root.out)
          .take(briefing);
      return 0;
    }
    if (output != null) {
      try (OutputStream out = Files.newOutputStream(output)) {
        exporter.write(briefing, out);
      }
      root.err.println(
          "civicbrief: wrote " + briefing.quiz().questions().size() + " questions to " + output);
    } else {
      exporter.write(briefing, root.out);
      root.out.flush();
    }
    return 0;
  }
}
