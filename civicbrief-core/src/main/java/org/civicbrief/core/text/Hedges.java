package org.civicbrief.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Words with which an article hedges what it reports ("reportedly", "could", "according to"): a
 * hedged sentence is shown with its hedge and never made a plain fact or a true/false key.
 */
public final class Hedges {

  private static final Set<String> HEDGES = WordList.of("hedges");

  private Hedges() {}

  /** True when {@code s} hedges what it reports outside its quotations. */
  public static boolean in(Sentence s, Layout layout) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (layout.insideQuote(t.start())) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (HEDGES.contains(w)) {
        return true;
      }
      if (w.equals("according") && i + 1 < s.size() && s.token(i + 1).text().equals("to")) {
        return true;
      }
    }
    return false;
  }
}
