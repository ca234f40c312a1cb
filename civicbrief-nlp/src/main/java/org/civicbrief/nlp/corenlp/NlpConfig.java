package org.civicbrief.nlp.corenlp;

/**
 * Which CoreNLP annotators run. The defaults are what a briefing needs; see {@code
 * docs/adr/0002-annotators.md} for the measurements behind them.
 *
 * @param parse run the neural dependency parser (needed for quote speakers, roles and quiz stems)
 * @param fineGrainedNer add CoreNLP's fine-grained NER classes (TITLE, NATIONALITY, ...): about 3 s
 *     per 2,400 tokens, so off by default; roles come from the project's own title patterns instead
 * @param nerModels comma-separated CRF models; the CoNLL 4-class model alone gives PER/ORG/LOC/MISC
 */
public record NlpConfig(boolean parse, boolean fineGrainedNer, String nerModels) {

  /** The Spanish UD part-of-speech tagger in CoreNLP's Spanish models jar. */
  public static final String SPANISH_POS = "edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger";

  /** The AnCora CRF model (persons, organizations, places, other) of the Spanish models jar. */
  public static final String SPANISH_NER =
      "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz";

  /** The CoNLL-2003 4-class CRF model shipped in CoreNLP's models jar. */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  public NlpConfig {
    if (nerModels == null || nerModels.isBlank()) {
      throw new IllegalArgumentException("nlp.nerModels must name at least one NER model");
    }
  }

  /** The NER models for Spanish articles: the AnCora model, whatever the English ones are. */
  public String spanishNerModels() {
    return SPANISH_NER;
  }

  /** What the briefing pipeline uses. */
  public static NlpConfig defaults() {
    return new NlpConfig(true, false, CONLL_4CLASS);
  }
}
