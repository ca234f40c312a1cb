package org.civicbrief.nlp.corenlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Decides which line breaks end paragraphs, without changing any character offset. */
final class LineBreaks {

  private LineBreaks() {}

  /**
   * Returns text in which line breaks inside hard-wrapped paragraphs are spaces, so that a sentence
   * splitter that breaks at every newline still sees whole sentences. The length never changes.
   *
   * <p>Text counts as hard-wrapped when it has blank-line paragraph breaks and most of its other
   * line breaks fall in the middle of a sentence (the line does not end with sentence punctuation
   * and the next line starts in lower case or continues a phrase).
   */
  static String unwrapHardWrapped(String text) {
    String[] lines = text.split("\n", -1);
    int inner = 0;
    int midSentence = 0;
    boolean blankLines = false;
    for (int i = 0; i + 1 < lines.length; i++) {
      String a = lines[i].strip();
      String b = lines[i + 1].strip();
      if (a.isEmpty() || b.isEmpty()) {
        blankLines |= a.isEmpty() && i > 0;
        continue;
      }
      inner++;
      char last = a.charAt(a.length() - 1);
      boolean endsSentence = ".!?:\"”’)".indexOf(last) >= 0;
      if (!endsSentence && (Character.isLowerCase(b.charAt(0)) || a.length() > 50)) {
        midSentence++;
      }
    }
    if (!blankLines || inner == 0 || midSentence * 2 < inner) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 1; i + 1 < chars.length; i++) {
      if (chars[i] == '\n' && chars[i - 1] != '\n' && chars[i + 1] != '\n') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** Start offsets of paragraphs: text after one or more line breaks. */
  static int[] paragraphStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    boolean wrapped = !unwrapHardWrapped(text).equals(text);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '\n') {
        continue;
      }
      int j = i;
      while (j < text.length() && text.charAt(j) == '\n') {
        j++;
      }
      boolean blank = j - i >= 2;
      if ((blank || !wrapped) && j < text.length()) {
        starts.add(j);
      }
      i = j - 1;
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Index of the paragraph containing {@code offset}. */
  static int paragraphOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }
}
