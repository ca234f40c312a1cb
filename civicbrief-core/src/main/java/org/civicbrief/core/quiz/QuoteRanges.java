package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.List;
import org.civicbrief.core.briefing.Quote;

/** Where the article's quotations are, so that question writing never rewrites quoted words. */
final class QuoteRanges {

  private final List<int[]> ranges = new ArrayList<>();

  QuoteRanges(String text, List<Quote> quotes) {
    for (Quote q : quotes) {
      ranges.add(new int[] {q.evidence().start(), q.evidence().end()});
    }
    // Scare quotes are not in the briefing's quotes; treat every pair of curly quotes as quoted.
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = i;
      } else if (c == '”' && open >= 0) {
        ranges.add(new int[] {open, i + 1});
        open = -1;
      } else if (c == '\n') {
        open = -1;
      }
    }
  }

  boolean inside(int offset) {
    for (int[] r : ranges) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }

  boolean overlaps(int start, int end) {
    for (int[] r : ranges) {
      if (start < r[1] && r[0] < end) {
        return true;
      }
    }
    return false;
  }
}
