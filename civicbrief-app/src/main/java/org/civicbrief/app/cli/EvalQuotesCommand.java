package org.civicbrief.app.cli;

import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.eval.QuotesEval;
import org.civicbrief.pipeline.BriefRecord;
import picocli.CommandLine.Command;

/** {@code civicbrief eval quotes}: direct quotes and their speakers against PolNeAR. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Scores direct quotes and their speakers against PolNeAR.",
      "Quote precision and recall by span overlap, and speaker accuracy; a gold direct quote is",
      "an attribution whose content opens with a quotation mark.",
      "Predictions: {id, quotes:[{begin, end, speaker, sb, se}]}."
    })
final class EvalQuotesCommand extends EvalSubcommand {

  @Override
  String evaluate(CivicbriefConfig config) {
    BriefRecord pipeline = root().briefRecord(config);
    return new QuotesEval(annotateCorpus(config, pipeline), pipeline.quoteDetector())
        .run(data, limit, out())
        .table();
  }
}
