package org.civicbrief.app.cli;

import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.eval.EntitiesEval;
import picocli.CommandLine.Command;

/** {@code civicbrief eval entities}: entity-level precision, recall and F1 on CoNLL-2003. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the names the briefing pipeline recognizes against CoNLL-2003.",
      "Entity-level precision, recall and F1 for PER, ORG, LOC and MISC, from the four-column",
      "file (eng.testa) or JSON Lines {id, doc_index, tokens, ner_iob1}.",
      "Predictions: {id, entities:[{start, end, type}]} per sentence, token offsets end-exclusive."
    })
final class EvalEntitiesCommand extends EvalSubcommand {

  @Override
  String evaluate(CivicbriefConfig config) {
    return new EntitiesEval(annotateCorpus(config)).run(data, limit, out()).table();
  }
}
