package org.civicbrief.core.briefing;

/**
 * Where an item came from: a sentence of the article and the character span inside the article
 * text.
 *
 * <p>{@code text.substring(start, end)} is the text the item was built from.
 *
 * @param sentence index of the sentence, from 0
 * @param start character offset into the article text
 * @param end character offset just past the span
 */
public record Evidence(int sentence, int start, int end) {

  public Evidence {
    if (sentence < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad evidence: sentence " + sentence + ", " + start + "-" + end);
    }
  }

  /** The evidenced text. */
  public String in(String articleText) {
    return articleText.substring(start, end);
  }
}
