package org.civicbrief.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.eval.ClustersEval;
import org.civicbrief.core.story.StoryModel;
import org.civicbrief.nlp.embed.BgeSmallEmbed;
import org.civicbrief.pipeline.BriefRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code civicbrief eval clusters}: story assignment scored against gold stories (ECB+). */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Feeds documents one by one, in a fixed order, to story assignment and scores the stories",
      "against gold ones: pairwise precision, recall and F1 over pairs of documents, and B-cubed.",
      "Data: JSON Lines {doc_id, text, subtopic} (ECB+). A TF-IDF single-pass baseline runs too.",
      "Predictions: {doc_id, cluster} per document, in arrival order."
    })
final class EvalClustersCommand extends EvalSubcommand {

  @Option(
      names = "--gold",
      paramLabel = "FIELD",
      defaultValue = "subtopic",
      description = "The field that holds the gold story (default: ${DEFAULT-VALUE}).")
  String gold;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      defaultValue = "file",
      description =
          "Arrival order: file, hashed (by SHA-256 of the id), shuffled, or date (by the"
              + " records' published date, as a server receives them) (default: file).")
  String order;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the shuffled order (default: 1).")
  long seed;

  @Option(
      names = "--join",
      paramLabel = "T[,T...]",
      split = ",",
      description = "Join thresholds to score, one row each (default: the model's).")
  List<Double> join = new ArrayList<>();

  @Option(
      names = "--merge",
      paramLabel = "T",
      description = "Merge threshold; above 1 turns merging off (default: the model's).")
  Double merge;

  @Option(
      names = "--weights",
      paramLabel = "W[,W...]",
      split = ",",
      description =
          "The score's ten weights (embedding, terms, names, numbers, dated, date distance,"
              + " protagonist, places, matter, bias), e.g. as printed by --fit on training data (default: the"
              + " model's).")
  List<Double> weights = new ArrayList<>();

  @Option(
      names = "--fit",
      description = "Fit the score's weights on this data first and print them (training data).")
  boolean fit;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "event",
      description =
          "The stories scored: event (one happening over days, as ECB+ labels them) or line (a"
              + " story followed over months; --join, --weights and --fit then apply to the"
              + " story-line model) (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(
      names = "--cross-validate",
      description =
          "With --level line: score by leave-one-story-out cross-validation, the join and merge"
              + " thresholds (and with --fit the weights) chosen per held-out story on the other"
              + " stories; --merge fixes the merge threshold (above 1: lines never merge).")
  boolean crossValidate;

  @Override
  String evaluate(CivicbriefConfig config) {
    ClustersEval.Order o =
        switch (order) {
          case "file" -> ClustersEval.Order.FILE;
          case "hashed" -> ClustersEval.Order.HASHED;
          case "shuffled" -> ClustersEval.Order.SHUFFLED;
          case "date" -> ClustersEval.Order.DATE;
          default ->
              throw new UserError(
                  "--order must be file, hashed, shuffled or date, got '" + order + "'", 2);
        };
    for (double t : join) {
      if (!(t > 0 && t < 1)) {
        throw new UserError("--join thresholds must be between 0 and 1, got " + t, 2);
      }
    }
    ClustersEval.Level l =
        switch (level) {
          case "event" -> ClustersEval.Level.EVENT;
          case "line" -> ClustersEval.Level.LINE;
          default -> throw new UserError("--level must be event or line, got '" + level + "'", 2);
        };
    boolean lines = l == ClustersEval.Level.LINE;
    if (crossValidate && !lines) {
      throw new UserError("--cross-validate needs --level line", 2);
    }
    StoryModel events = lines ? StoryModel.eventDefaults() : StoryModel.defaults();
    StoryModel model = lines ? StoryModel.lineDefaults() : events;
    if (!weights.isEmpty()) {
      if (weights.size() != 10) {
        throw new UserError("--weights needs 10 numbers, got " + weights.size(), 2);
      }
      model =
          model.withWeights(
              StoryModel.Weights.of(weights.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    if (merge != null) {
      if (!(merge > 0)) {
        throw new UserError("--merge must be positive, got " + merge, 2);
      }
      model = model.withThresholds(model.joinThreshold(), Math.max(merge, model.joinThreshold()));
    }
    BriefRecord pipeline = root().briefRecord(config);
    var eval =
        new ClustersEval(
            annotateCorpus(config, pipeline),
            pipeline::briefAnnotated,
            new BgeSmallEmbed(),
            java.util.Optional.ofNullable(cache),
            progress("embedded"));
    String table =
        eval.run(
                data,
                limit,
                out(),
                new ClustersEval.Options(
                    gold,
                    o,
                    seed,
                    join,
                    fit,
                    lines ? events : model,
                    l,
                    lines ? model : StoryModel.lineDefaults(),
                    crossValidate,
                    merge == null
                        ? java.util.OptionalDouble.empty()
                        : java.util.OptionalDouble.of(merge)))
            .table();
    if (root().terminal) {
      root().err.println();
    }
    return table;
  }
}
