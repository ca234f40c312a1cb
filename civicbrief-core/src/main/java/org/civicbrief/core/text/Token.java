package org.civicbrief.core.text;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text the token as it stands in the article text
 * @param start character offset of its first character in the article text
 * @param end character offset just past its last character
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma the lemma
 * @param ner the named-entity tag ({@code O} for none)
 * @param normalized the normalized value of a date, number or money token, or the empty string
 */
public record Token(
    int index,
    String text,
    int start,
    int end,
    String pos,
    String lemma,
    String ner,
    String normalized) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(normalized, "normalized");
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad token position " + index + " " + start + "-" + end);
    }
  }

  /** True for nouns of any kind. */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  /** True for proper nouns. */
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  /** True for verbs of any kind. */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
