package org.civicbrief.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code civicbrief eval}: measures the stages against public data and baselines. Each kind of
 * evaluation is a subcommand extending {@link EvalSubcommand}; a new one (such as {@code eval
 * quiz}) is a new class added to the list below.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures civicbrief against public data and baselines in one run.",
      "Data is JSON Lines read by path; --out writes the predictions for independent scoring."
    },
    subcommands = {
      EvalSummarizeCommand.class,
      EvalQuotesCommand.class,
      EvalEntitiesCommand.class,
      EvalQuizCommand.class,
      EvalClustersCommand.class
    })
final class EvalCommand {

  @ParentCommand Civicbrief root;
}
