package org.civicbrief.app.cli;

import java.nio.file.Path;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.eval.SummarizeEval;
import org.civicbrief.app.eval.TrainSummarizer;
import org.civicbrief.core.briefing.Summarize;
import org.civicbrief.pipeline.BriefRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code civicbrief eval summarize}: ROUGE of the summary selector, LEAD-n and TextRank. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the summary selector, LEAD-n and TextRank with ROUGE.",
      "ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 on CNN/DailyMail records {id, url, article,",
      "highlights}, per source and overall.",
      "Predictions: {id, summary}, sentences separated by line breaks."
    })
final class EvalSummarizeCommand extends EvalSubcommand {

  @Option(
      names = "--sentences",
      paramLabel = "N",
      defaultValue = "3",
      description = "Sentences per summary (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(
      names = "--train",
      paramLabel = "WEIGHTS",
      description =
          "Instead of scoring, learn the sentence scorer's weights from the data, report their"
              + " five-fold cross-validated ROUGE and write them to WEIGHTS (the format of"
              + " civicbrief-core's summary-weights.properties).")
  Path train;

  @Override
  String evaluate(CivicbriefConfig config) {
    if (sentences < 1) {
      throw new UserError("--sentences must be at least 1", 2);
    }
    BriefRecord pipeline = root().briefRecord(config);
    Summarize summarize = pipeline.summarizer();
    if (train != null) {
      return new TrainSummarizer(annotateCorpus(config, pipeline), summarize)
          .run(data, limit, sentences, train)
          .table();
    }
    return new SummarizeEval(annotateCorpus(config, pipeline), summarize)
        .run(data, limit, sentences, out())
        .table();
  }
}
