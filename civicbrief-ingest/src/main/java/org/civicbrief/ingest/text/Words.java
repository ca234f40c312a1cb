package org.civicbrief.ingest.text;

/** Counts words the way a reader would: runs of letters or digits, ignoring punctuation. */
public final class Words {

  private Words() {}

  /** The number of words in {@code text}. */
  public static int count(CharSequence text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '\u2019'));
      if (wordChar && !inWord) {
        count++;
      }
      inWord = wordChar || (inWord && (c == '-'));
    }
    return count;
  }
}
