package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks within paragraphs. Curly quotes pair by direction; straight quotes pair in
 * turn. A quote still open at a paragraph's end closes there, as news style lets a quote run on
 * into the next paragraph, which then opens with a new mark.
 */
final class FindQuoteSpans {

  private static final String VERB =
      "(?:said|says|say|told|tells|added|adds|asked|asks|replied|replies|wrote|writes|"
          + "declared|declares|insisted|insists|warned|warns|explained|explains|noted|notes)";
  private static final java.util.regex.Pattern SPOKEN =
      java.util.regex.Pattern.compile(
          "\\s*(?:"
              + VERB
              + "\\b|(?:he|she|they|[A-Z][\\p{L}’'.-]*(?:\\s[A-Z][\\p{L}’'.-]*){0,3})\\s+"
              + VERB
              + "\\b)");

  List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0) {
        add(out, text, open, i, false);
        open = -1;
        continue;
      }
      boolean curlyOpen = c == '“' || c == '«' || c == '„';
      boolean curlyClose = c == '”' || c == '»';
      boolean straight = c == '"';
      if (open < 0) {
        if (curlyOpen || straight) {
          open = i;
          opener = c;
        }
      } else if (curlyClose || (straight && opener == '"') || (c == '“' && opener == '„')) {
        add(out, text, open, i + 1, true);
        open = -1;
      } else if (curlyOpen && opener != '"') {
        // A second opening mark before any closing one: the first was never closed.
        add(out, text, open, i, false);
        open = i;
        opener = c;
      }
    }
    if (open >= 0) {
      add(out, text, open, text.length(), false);
    }
    return out;
  }

  private static void add(List<QuoteSpan> out, String text, int start, int end, boolean closed) {
    int innerStart = start + 1;
    int innerEnd = closed ? end - 1 : end;
    while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    if (innerEnd <= innerStart) {
      return;
    }
    String inner = text.substring(innerStart, innerEnd);
    int words = countWords(inner);
    // A label is short and is not framed as speech: “border czar,” is a label, while “Won't
    // happen,” she said is a quotation.
    char last = inner.charAt(inner.length() - 1);
    boolean utterance =
        ",.!?".indexOf(last) >= 0 && SPOKEN.matcher(text).region(end, text.length()).lookingAt();
    boolean label = words <= 3 && !utterance;
    out.add(new QuoteSpan(start, closed ? end : innerEnd, innerStart, innerEnd, words, label));
  }

  static int countWords(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && (s.charAt(i) == '\'' || s.charAt(i) == '’'));
    }
    return words;
  }
}
