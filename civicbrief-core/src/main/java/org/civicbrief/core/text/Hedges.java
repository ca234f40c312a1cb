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

  /** Verbs of deciding and saying whose "that" clause reports a fact. */
  private static final Set<String> REPORTING_PAST =
      Set.of("rule", "hold", "find", "decide", "say", "conclude", "determine", "agree");

  /**
   * "The court ruled that Reyes could not be removed": "could" after a past verb of deciding or
   * saying and its "that" (a time word between them allowed: "ruled Monday that") is the reported
   * "can" of a ruling or a statement, a fact and no hedge.
   */
  public static boolean reportedCan(Sentence s, int modal) {
    if (!s.token(modal).text().equalsIgnoreCase("could")) {
      return false;
    }
    for (int j = modal - 1; j >= Math.max(1, modal - 8); j--) {
      if (s.token(j).text().equalsIgnoreCase("that")) {
        for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
          Token verb = s.token(k);
          if (verb.pos().equals("VBD")
              && REPORTING_PAST.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** True when {@code s} hedges what it reports outside its quotations. */
  public static boolean in(Sentence s, Layout layout) {
    return first(s, layout, 0) >= 0;
  }

  /**
   * The index of the first token at or after character {@code from} that hedges what {@code s}
   * reports outside its quotations, or -1: a statement cut before it hedges nothing.
   */
  public static int first(Sentence s, Layout layout, int from) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.start() < from || layout.insideQuote(t.start())) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (HEDGES.contains(w) && !reportedCan(s, i)) {
        return i;
      }
      if (w.equals("according") && i + 1 < s.size() && s.token(i + 1).text().equals("to")) {
        return i;
      }
    }
    return -1;
  }
}
