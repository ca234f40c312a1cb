package org.civicbrief.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span of a sentence worth showing on its own, in the briefing or a quiz stem: without a
 * dateline, a leading connective ("In other words,") or an opening parenthesis that never closes,
 * and without trailing spaces.
 *
 * @param start offset of the first character shown
 * @param end offset after the last character shown
 */
public record ShownSpan(int start, int end) {

  /** Connectives that can open a sentence and be dropped when it is shown on its own. */
  private static final Set<String> LEADING_CONNECTIVES = WordList.of("leading-connectives");

  /**
   * "WASHINGTON (AP) — ", "COLORADO—", "(SEATTLE) — ", "September 2, 2025 - WASHINGTON, D.C. - ":
   * the place (and date) line a wire story opens with, which is no part of its first sentence.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
              + " ?[–—-]{1,2} ?)?"
              + "(?:\\(?[A-Z][A-Z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}\\)?"
              + "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})?"
              + "(?: \\([^)]{1,40}\\))? ?[–—-]{1,2} ?)?");

  /**
   * "– El presidente …" after "ANCHORAGE." or at the very start: the dash a dateline leaves when
   * the tokenizer takes its place name for a sentence of its own, or when a wire copy lost the
   * place.
   */
  private static final Pattern DASH_LEFT_BY_DATELINE = Pattern.compile("^[–—] ?(?=\\p{Lu})");

  /**
   * "Bloomberg — La orden …": an outlet's name and a dash, the credit a wire copy opens a paragraph
   * with when it folds another outlet's story in; no part of the sentence.
   */
  private static final Pattern OUTLET_CREDIT =
      Pattern.compile("^(\\p{Lu}[\\p{L}.&]*(?: \\p{Lu}[\\p{L}.&]*){0,2}) ?[–—] ?(?=\\p{Lu})");

  private static final Set<String> OUTLET_WORDS = WordList.of("news-outlet-words");

  /** The shown span of {@code s} in {@code text}; a dateline is looked for in the first four. */
  public static ShownSpan of(String text, Sentence s) {
    int start = s.start();
    int end = s.end();
    String body = text.substring(start, end);
    Matcher d = DATELINE.matcher(body);
    Matcher dash = DASH_LEFT_BY_DATELINE.matcher(body);
    if (s.index() <= 3 && dash.find()) {
      start += dash.end(); // "ANCHORAGE. – El presidente …": the place line split off as a sentence
    } else if (s.index() <= 3 && outletCredit(body) > 0) {
      start += outletCredit(body);
    } else if (s.index() <= 3 && d.find()) {
      start += d.end();
      // "MOSCOW, Aug 16 (Reuters) - August 15, 2025 — …": a place line and then a date line.
      Matcher again = DATELINE.matcher(text.substring(start, end));
      if (again.find()) {
        start += again.end();
      }
    }
    boolean trimmed = true;
    while (trimmed) {
      trimmed = false;
      String rest = text.substring(start, end);
      if (rest.startsWith("(") && rest.indexOf(')') < 0) {
        start++;
        trimmed = true;
        continue;
      }
      String lower = rest.toLowerCase(Locale.ROOT);
      for (String c : LEADING_CONNECTIVES) {
        if (lower.startsWith(c + ", ") || lower.startsWith(c + " – ")) {
          start += c.length() + 2;
          trimmed = true;
          break;
        }
      }
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new ShownSpan(start, end);
  }

  /** The length of an outlet's credit opening {@code body}, or 0. */
  private static int outletCredit(String body) {
    Matcher m = OUTLET_CREDIT.matcher(body);
    if (!m.find()) {
      return 0;
    }
    for (String w : m.group(1).split(" ")) {
      if (OUTLET_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return m.end();
      }
    }
    return 0;
  }

  /** The text shown, with its first letter capitalized when the span was cut. */
  public String display(String text, Sentence s) {
    String t = text.substring(start, end);
    if (start > s.start() && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
      t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
    return t;
  }
}
