package org.civicbrief.nlp.corenlp;

import java.util.Map;
import org.civicbrief.core.text.Token;

/**
 * Gives the Spanish pipeline's tokens the tags the core reads: Penn Treebank parts of speech for
 * CoreNLP's Universal Dependencies tags, the CoNLL entity classes for AnCora's, and the lemmas of
 * verbs of saying ({@link SpanishLemmas}).
 */
final class SpanishTags {

  private static final Map<String, String> POS =
      Map.ofEntries(
          Map.entry("PROPN", "NNP"),
          Map.entry("NOUN", "NN"),
          Map.entry("VERB", "VB"),
          Map.entry("AUX", "VB"),
          Map.entry("ADJ", "JJ"),
          Map.entry("ADV", "RB"),
          Map.entry("ADP", "IN"),
          Map.entry("SCONJ", "IN"),
          Map.entry("CCONJ", "CC"),
          Map.entry("DET", "DT"),
          Map.entry("PRON", "PRP"),
          Map.entry("NUM", "CD"),
          Map.entry("PART", "RP"),
          Map.entry("INTJ", "UH"),
          Map.entry("SYM", "SYM"),
          Map.entry("X", "FW"));

  private static final Map<String, String> NER =
      Map.of("PERS", "PERSON", "LUG", "LOCATION", "OTROS", "MISC", "ORG", "ORGANIZATION");

  private SpanishTags() {}

  /** {@code t} with English-style tags; a tag already in Penn Treebank form stays as it is. */
  static Token asPennTreebank(Token t) {
    String pos = t.pos();
    String mapped = pos.equals("PUNCT") ? punctuation(t.text()) : POS.getOrDefault(pos, pos);
    if (mapped.equals("VB")) {
      mapped = verbForm(t.text().toLowerCase(java.util.Locale.ROOT));
    }
    // A plural common noun, as the English tagger would mark it.
    if (mapped.equals("NN") && t.text().length() > 3 && t.text().endsWith("s")) {
      mapped = "NNS";
    }
    String ner = NER.getOrDefault(t.ner(), t.ner());
    return new Token(
        t.index(),
        t.text(),
        t.start(),
        t.end(),
        mapped,
        SpanishLemmas.of(t.text()),
        ner,
        t.normalized());
  }

  /**
   * The English tag of a Spanish verb form, so that the core tells a clause ("que fue deportado")
   * from a role: participles and gerunds by their endings, infinitives by theirs, the rest finite.
   */
  private static String verbForm(String w) {
    if (w.matches(".*(?:ado|ido|ada|ida|ados|idos|adas|idas|cho|to)")) {
      return "VBN";
    }
    if (w.matches(".*(?:ando|iendo|yendo)")) {
      return "VBG";
    }
    if (w.matches(".*(?:ar|er|ir|ír)")) {
      return "VB";
    }
    return "VBD";
  }

  private static String punctuation(String text) {
    return switch (text) {
      case ".", "!", "?", "¡", "¿" -> ".";
      case ",", ";", ":", "(", ")", "-", "—", "–" ->
          text.equals(";") ? ":" : text.equals("(") ? "-LRB-" : text.equals(")") ? "-RRB-" : text;
      case "\"", "“", "«" -> "``";
      case "”", "»" -> "''";
      default -> text;
    };
  }
}
