package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans of an article inside quotation marks, paired within paragraphs: text inside them is a
 * speaker's voice, not the article's. Curly quotes pair by direction, straight quotes in turn; a
 * quote still open at a line's end closes there, as news style lets a quote run on into the next
 * paragraph, which opens with a new mark.
 */
final class QuotedSpans {

  private final List<int[]> spans;

  QuotedSpans(String text) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0) {
        out.add(new int[] {open, i});
        open = -1;
        continue;
      }
      boolean curlyOpen = c == '“' || c == '«' || c == '„';
      boolean curlyClose = c == '”' || c == '»';
      if (open < 0) {
        if (curlyOpen || c == '"') {
          open = i;
          opener = c;
        }
      } else if (curlyClose || (c == '"' && opener == '"') || (c == '“' && opener == '„')) {
        out.add(new int[] {open, i + 1});
        open = -1;
      } else if (curlyOpen && opener != '"') {
        out.add(new int[] {open, i});
        open = i;
        opener = c;
      }
    }
    if (open >= 0) {
      out.add(new int[] {open, text.length()});
    }
    this.spans = List.copyOf(out);
  }

  /** True when the character at {@code offset} is inside quotation marks (or is one). */
  boolean inside(int offset) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
      if (s[0] > offset) {
        return false;
      }
    }
    return false;
  }
}
