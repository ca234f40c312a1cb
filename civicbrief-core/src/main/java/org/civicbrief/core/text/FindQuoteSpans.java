package org.civicbrief.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks within paragraphs: curly quotes by direction; straight quotes and the
 * doubled apostrophes some newspapers use ({@code ''…''}) by which side of them has a space; single
 * quotes ({@code ‘…’}, {@code '…'}) only outside a double quotation, and only where the closing
 * mark is not an apostrophe. A quote still open at a paragraph's end closes there, as news style
 * lets a quote run on into the next paragraph, which then opens with a new mark.
 *
 * <p>Each span is a quotation or a label. A label (a scare quote) is a span of one to three words
 * that is not framed as speech (“border czar,” is a label; “Won't happen,” she said is not), or a
 * name in title case (“The Steve Harvey Morning Show,”).
 */
final class FindQuoteSpans {

  private static final String VERB =
      "(?:said|says|say|told|tells|added|adds|asked|asks|replied|replies|wrote|writes|"
          + "declared|declares|insisted|insists|warned|warns|explained|explains|noted|notes)";
  // After a quote, a speech verb within a few words of the same sentence: “…,” the mayor said.
  private static final Pattern SPOKEN =
      Pattern.compile("\\s*(?:[\\p{L}’'.-]+\\s+){0,5}" + VERB + "\\b");
  // Feet and inches, 6'3": the double mark is not a quote.
  private static final Pattern INCHES = Pattern.compile("\\d['’]\\d{1,2}$");
  private static final Set<String> MINOR_WORDS = WordList.of("title-minor-words");

  /** A quotation mark: where it is, how many characters it takes, and what it can do. */
  private record Mark(int at, int length, char family, boolean canOpen, boolean canClose) {}

  List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int paragraph = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > paragraph) {
          pair(text, paragraph, i, out);
        }
        paragraph = i + 1;
      }
    }
    return out;
  }

  /** Pairs the marks of the paragraph {@code [from, to)}. */
  private void pair(String text, int from, int to, List<QuoteSpan> out) {
    Mark open = null;
    Mark single = null;
    for (Mark m : marks(text, from, to)) {
      if (m.family() == '‘') {
        // Single quotes nest inside double ones; only a top-level pair is a quotation of its own.
        if (open != null) {
          continue;
        }
        if (single == null && m.canOpen()) {
          single = m;
        } else if (single != null && m.canClose()) {
          add(out, text, single.at(), m.at() + m.length(), single.length(), m.length(), true);
          single = null;
        }
        continue;
      }
      if (open == null) {
        if (m.canOpen()) {
          open = m;
          single = null;
        }
      } else if (m.canClose()) {
        add(out, text, open.at(), m.at() + m.length(), open.length(), m.length(), true);
        open = null;
      } else if (m.canOpen() && !m.canClose()) {
        // A second opening mark before any closing one: the first was never closed.
        add(out, text, open.at(), m.at(), open.length(), 0, false);
        open = m;
      }
    }
    if (open != null) {
      add(out, text, open.at(), to, open.length(), 0, false);
    }
  }

  /** The quotation marks of a paragraph, with what each can do judged from its neighbours. */
  private static List<Mark> marks(String text, int from, int to) {
    List<Mark> marks = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char before = i > from ? text.charAt(i - 1) : ' ';
      switch (c) {
        case '“', '„', '«' -> marks.add(new Mark(i, 1, '“', true, false));
        case '”', '»' -> marks.add(new Mark(i, 1, '”', false, true));
        case '"' -> {
          if (!INCHES.matcher(text.substring(Math.max(from, i - 4), i)).find()) {
            marks.add(straight(text, i, 1, from, to));
          }
        }
        case '\'' -> {
          if (i + 1 < to && text.charAt(i + 1) == '\'') {
            marks.add(straight(text, i, 2, from, to)); // ''…'' as some newspapers print it
            i++;
          } else if (i + 1 < to && text.charAt(i + 1) == '`') {
            i++;
          } else {
            Mark single = singleStraight(text, i, from, to);
            if (single != null) {
              marks.add(single);
            }
          }
        }
        case '`' -> {
          if (i + 1 < to && text.charAt(i + 1) == '`') {
            marks.add(new Mark(i, 2, '"', true, false));
            i++;
          }
        }
        case '‘' -> {
          if (!Character.isLetterOrDigit(before)) {
            marks.add(new Mark(i, 1, '‘', true, false));
          }
        }
        case '’' -> {
          char after = i + 1 < to ? text.charAt(i + 1) : ' ';
          // "Trump’s", "don’t": an apostrophe is followed by a letter.
          if (!Character.isLetter(after)) {
            marks.add(new Mark(i, 1, '‘', false, true));
          }
        }
        default -> {}
      }
    }
    return marks;
  }

  /**
   * A straight single quote that can open ('Personal Insult') or close one, or null for an
   * apostrophe (Trump's, O'Neill, '90s).
   */
  private static Mark singleStraight(String text, int i, int from, int to) {
    char before = i > from ? text.charAt(i - 1) : ' ';
    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
    boolean canOpen =
        (Character.isWhitespace(before) || "([“\"—–-".indexOf(before) >= 0)
            && Character.isLetter(after);
    boolean canClose =
        (Character.isLetterOrDigit(before) || ".,!?".indexOf(before) >= 0)
            && !Character.isLetterOrDigit(after);
    return canOpen || canClose ? new Mark(i, 1, '‘', canOpen, canClose) : null;
  }

  /** A straight mark opens after a space and closes before one; either, when unclear. */
  private static Mark straight(String text, int i, int length, int from, int to) {
    char before = i > from ? text.charAt(i - 1) : ' ';
    char after = i + length < to ? text.charAt(i + length) : ' ';
    boolean spaceBefore = Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
    boolean spaceAfter = Character.isWhitespace(after) || ".,;:!?)]}—–-".indexOf(after) >= 0;
    boolean canOpen = !Character.isWhitespace(after) && (spaceBefore || !spaceAfter);
    boolean canClose = !spaceBefore || spaceAfter;
    return new Mark(i, length, '"', canOpen, canClose);
  }

  private static void add(
      List<QuoteSpan> out,
      String text,
      int start,
      int end,
      int openLength,
      int closeLength,
      boolean closed) {
    int innerStart = start + openLength;
    int innerEnd = end - closeLength;
    while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    if (innerEnd <= innerStart) {
      return;
    }
    String inner = text.substring(innerStart, innerEnd);
    int words = countWords(inner);
    // A label is short and is not framed as speech: “border czar,” is a label, while “Won't
    // happen,” she said, “What curfew?” and a short sentence of its own (: “It's about me.”) are
    // quotations.
    boolean title = titleCase(inner);
    // "a memorandum titled “Department of Defense Security for the Protection of …”": the name a
    // document is given is a label however long, never a speaker's words (R18).
    boolean named =
        NAMED_AS.matcher(text.substring(Math.max(0, start - 16), start)).find()
            && titleCase(inner, NAMED_MAX_WORDS);
    boolean label =
        named || (words <= 3 || title) && !utterance(text, start, end, inner, words, title);
    out.add(new QuoteSpan(start, closed ? end : innerEnd, innerStart, innerEnd, words, label));
  }

  private static boolean utterance(
      String text, int start, int end, String inner, int words, boolean title) {
    char last = inner.charAt(inner.length() - 1);
    if (",.!?".indexOf(last) >= 0 && SPOKEN.matcher(text).region(end, text.length()).lookingAt()) {
      return true;
    }
    if (title) {
      return false; // 'All Bets Are Off.' on a line of its own is a subheading
    }
    if (last == '?' || last == '!') {
      return true;
    }
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    // A short sentence of its own, or one that ends the writer's: as he put it, “the operator.”
    char before = i < 0 ? '\n' : text.charAt(i);
    boolean ownSentence = ":.\n".indexOf(before) >= 0 || (before == ',' && words >= 2);
    return last == '.' && ownSentence;
  }

  /**
   * True for a name of a show, book or event: up to ten words, all capitalized but the minor ones,
   * no sentence punctuation inside.
   */
  static boolean titleCase(String inner) {
    return titleCase(inner, 10);
  }

  /** A verb that gives a name: the quotation after it is that name. */
  private static final java.util.regex.Pattern NAMED_AS =
      java.util.regex.Pattern.compile("(?i)\\b(titled|entitled|dubbed|named|called)\\s*,?\\s*$");

  /** The longest name a document can be given that is still read as a name. */
  private static final int NAMED_MAX_WORDS = 25;

  /** As {@link #titleCase(String)}, for names of up to {@code maxWords} words. */
  static boolean titleCase(String inner, int maxWords) {
    String body = inner.strip();
    if (body.endsWith(",") || body.endsWith(".")) {
      body = body.substring(0, body.length() - 1);
    }
    if (body.isEmpty() || body.matches(".*[.!?;].*")) {
      return false;
    }
    String[] words = body.split("[\\s]+");
    if (words.length < 2 || words.length > maxWords) {
      return false;
    }
    int capitalized = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
        capitalized++;
      } else if (i == 0 || !MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return capitalized >= 2 && !words[0].equals("I");
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
