package org.civicbrief.core.briefing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Chooses the dek: the lead's main clause when the summary opens on the whole lead and that clause
 * says more than the headline; else the lead itself, which a page then shows once, as the summary's
 * first line ({@link Briefing#showsDek}). R20 found no dek on any page: the dek was always the
 * lead, and the summary, which leads with the main point (R17), opens on the same sentence.
 */
final class ChooseDek {

  private static final Set<String> STOP = WordList.of("stopwords");

  /** The longest main clause, in tokens, that still reads as a dek. */
  private static final int MAX_TOKENS = 45;

  /** The shortest clause that says something. */
  private static final int MIN_TOKENS = 6;

  /** Content words of the clause that the headline does not have, at the least. */
  private static final int MIN_NEW_WORDS = 2;

  // Words after a comma that close the main clause: a second clause ("but", "yet"), a participle
  // (", saying …", ", marking …"), a relative clause on the whole (", which …"), an appositive tail
  // (", a decision that …") or a subordinate clause (", as …", ", after …", ", according to …").
  private static final Set<String> CLOSERS =
      Set.of(
          "but",
          "yet",
          "which",
          "a",
          "an",
          "as",
          "while",
          "after",
          "before",
          "despite",
          "according",
          "although",
          "though",
          "whereas",
          "even",
          "including",
          "until");

  BriefItem choose(
      Analysis a, Sentence lead, Headline headline, List<Sentence> summary, BriefItem whole) {
    // A headline taken from the lead says its opening already.
    boolean headlineFromLead =
        headline.evidence().isPresent() && headline.evidence().get().sentence() == lead.index();
    if (summary.isEmpty() || summary.getFirst().index() != lead.index() || headlineFromLead) {
      return whole;
    }
    Evidence shown = whole.evidence();
    int end = mainClauseEnd(a, lead, shown);
    if (end < 0) {
      return whole;
    }
    Evidence clause = new Evidence(lead.index(), shown.start(), end);
    // The article's words, without a full stop added: an item's text is its evidence.
    String text = a.display(clause, lead);
    if (newWords(lead, clause, headline.text()) < MIN_NEW_WORDS) {
      return whole;
    }
    return new BriefItem(text, clause, whole.attributedTo(), whole.hedged());
  }

  /**
   * The end of the lead's main clause: the text up to the first comma, semicolon or dash after a
   * finite verb that closes it ({@link #CLOSERS}, or a participle), when the clause has {@code
   * MIN_TOKENS} to {@code MAX_TOKENS} tokens, closes every quotation and parenthesis it opens and
   * is shorter than the lead; else -1.
   */
  static int mainClauseEnd(Analysis a, Sentence lead, Evidence shown) {
    boolean verb = false;
    int verbAt = -1;
    int from = -1;
    for (int i = 0; i < lead.size(); i++) {
      Token t = lead.token(i);
      if (t.start() < shown.start()) {
        continue;
      }
      if (from < 0) {
        if (!Character.isLetterOrDigit(t.text().charAt(0))) {
          return -1; // a lead that opens with a quotation
        }
        from = i;
      }
      if (i - from > MAX_TOKENS) {
        return -1;
      }
      String w = t.text();
      // A dash that opens an aside closed by another ("ruled — 6 to 3 — that …") cuts nothing.
      boolean dash = w.equals(";") || isDash(w) && spaced(a, t) && !dashAfter(lead, i);
      boolean comma = w.equals(",") && i + 1 < lead.size() && closes(lead.token(i + 1));
      if (verb
          && (dash || comma)
          && i - from >= MIN_TOKENS
          && i - verbAt > 2
          && t.start() < shown.end()) {
        int end = lead.token(i - 1).end();
        return balanced(a.text.substring(shown.start(), end)) ? end : -1;
      }
      String pos = t.pos();
      if (!verb
          && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) {
        verb = true;
        verbAt = i;
      }
    }
    return -1;
  }

  /** A dash with a space before it: "6-3" is a count, not a break. */
  private static boolean spaced(Analysis a, Token t) {
    return t.start() > 0 && Character.isWhitespace(a.text.charAt(t.start() - 1));
  }

  private static boolean isDash(String w) {
    return w.equals("—") || w.equals("–") || w.equals("--");
  }

  private static boolean dashAfter(Sentence lead, int i) {
    for (int j = i + 1; j < lead.size(); j++) {
      if (isDash(lead.token(j).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean closes(Token next) {
    String w = next.text().toLowerCase(Locale.ROOT);
    return CLOSERS.contains(w) || next.pos().equals("VBG");
  }

  private static boolean balanced(String s) {
    int quotes = 0;
    int open = 0;
    for (char c : s.toCharArray()) {
      quotes += c == '"' ? 1 : 0;
      open += c == '“' || c == '(' ? 1 : c == '”' || c == ')' ? -1 : 0;
    }
    return quotes % 2 == 0 && open == 0;
  }

  /** Content words of the clause that the headline has neither as written nor by their stem. */
  private static int newWords(Sentence lead, Evidence clause, String headline) {
    Set<String> head = new HashSet<>();
    for (String w : headline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      head.add(stem(w));
    }
    int n = 0;
    Set<String> seen = new HashSet<>();
    for (Token t : lead.tokens()) {
      if (t.start() < clause.start() || t.end() > clause.end()) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!Character.isLetterOrDigit(w.charAt(0)) || STOP.contains(w) || !seen.add(stem(w))) {
        continue;
      }
      n += head.contains(stem(w)) ? 0 : 1;
    }
    return n;
  }

  private static String stem(String w) {
    return w.length() > 5 ? w.substring(0, 5) : w;
  }
}
