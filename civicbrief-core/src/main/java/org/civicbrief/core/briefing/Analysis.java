package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Pronouns;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Stance;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * What every briefing stage needs to know about an annotated article: the layout role of each
 * sentence, where the quotations are, and which sentences are opinion or hedged. Computed once.
 */
final class Analysis {

  /** Words that hedge a statement when they stand outside a quotation. */
  private static final Set<String> HEDGES = WordList.of("hedges");

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

  final AnnotatedArticle annotated;
  final String text;
  final List<Sentence> sentences;
  final SentenceKind[] kinds;
  final List<QuoteSpan> quotes;
  final boolean[] opinion;
  final boolean[] hedged;

  Analysis(AnnotatedArticle annotated) {
    this(annotated, i -> false);
  }

  /** {@code alsoOpinion} adds sentences another classifier judged opinion or advocacy. */
  Analysis(AnnotatedArticle annotated, java.util.function.IntPredicate alsoOpinion) {
    this.annotated = annotated;
    this.text = annotated.text();
    this.sentences = annotated.sentences();
    this.quotes = new FindQuoteSpans().find(text);
    this.kinds = new SentenceKind[sentences.size()];
    this.opinion = new boolean[sentences.size()];
    this.hedged = new boolean[sentences.size()];
    int titleEnd = titleEnd();
    for (Sentence s : sentences) {
      kinds[s.index()] =
          s.start() < titleEnd
              ? SentenceKind.HEADLINE
              : isSubheading(s) ? SentenceKind.SUBHEADING : SentenceKind.BODY;
      opinion[s.index()] =
          kinds[s.index()] == SentenceKind.BODY && (isOpinion(s) || alsoOpinion.test(s.index()));
      hedged[s.index()] = isHedged(s);
    }
  }

  private int titleEnd() {
    if (!annotated.article().titleInText()) {
      return 0;
    }
    int nl = text.indexOf('\n');
    return nl < 0 ? text.length() : nl;
  }

  /** A short line standing alone in its paragraph, without final punctuation, in title case. */
  private boolean isSubheading(Sentence s) {
    if (s.size() > 14) {
      return false;
    }
    boolean alone =
        sentences.stream().filter(o -> o.paragraph() == s.paragraph()).count() == 1
            && lineStart(s.start())
            && lineEnd(s.end());
    if (!alone) {
      return false;
    }
    Token last = s.tokens().getLast();
    if (".!?”\"’:".contains(last.text())) {
      return false;
    }
    int words = 0;
    int capitalized = 0;
    for (Token t : s.tokens()) {
      if (Character.isLetter(t.text().charAt(0))) {
        words++;
        if (Character.isUpperCase(t.text().charAt(0))) {
          capitalized++;
        }
      }
    }
    return words > 0 && capitalized * 2 >= words;
  }

  private boolean lineStart(int offset) {
    int i = offset - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private boolean lineEnd(int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n';
  }

  boolean insideQuote(int offset) {
    return quoteAt(offset) != null;
  }

  QuoteSpan quoteAt(int offset) {
    for (QuoteSpan q : quotes) {
      if (q.contains(offset)) {
        return q;
      }
      if (q.start() > offset) {
        break;
      }
    }
    return null;
  }

  /** True when the sentence holds a direct quotation (a scare quote does not count). */
  boolean hasQuotation(Sentence s) {
    for (QuoteSpan q : quotes) {
      if (!q.label() && q.start() < s.end() && q.end() > s.start()) {
        return true;
      }
    }
    return false;
  }

  /** True when quotation marks enclose more than half of the sentence's characters. */
  boolean mostlyQuoted(Sentence s) {
    return quotedShare(s) > 0.5;
  }

  /** The share of the sentence's characters that quotation marks enclose. */
  double quotedShare(Sentence s) {
    int quoted = 0;
    for (QuoteSpan q : quotes) {
      int a = Math.max(q.start(), s.start());
      int b = Math.min(q.end(), s.end());
      if (b > a) {
        quoted += b - a;
      }
    }
    return quoted / (double) Math.max(1, s.end() - s.start());
  }

  private boolean isOpinion(Sentence s) {
    Token first = s.tokens().getFirst();
    if (s.tokens().getLast().text().equals("?") && !insideQuote(s.tokens().getLast().start())) {
      return true;
    }
    if (first.pos().equals("VB") && !first.text().equalsIgnoreCase("please")) {
      return true; // an imperative: a call to action
    }
    for (Token t : s.tokens()) {
      if (insideQuote(t.start())) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (Stance.EVALUATIVE.contains(w) || modal(w) || Pronouns.FIRST_PERSON.contains(w)) {
        return true;
      }
      if (w.equals("!")) {
        return true;
      }
    }
    return false;
  }

  // Outside quotation marks, "shall" in news is nearly always paraphrased law, not a demand.
  private static boolean modal(String w) {
    return Stance.DEONTIC_MODALS.contains(w) && !w.equals("shall");
  }

  private boolean isHedged(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (insideQuote(t.start())) {
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

  boolean isBody(int sentence) {
    return kinds[sentence] == SentenceKind.BODY;
  }

  /** Lowercased lemmas of the content words of a sentence, for overlap and centrality. */
  Set<String> contentLemmas(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      String pos = t.pos();
      if ((pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD"))
          && t.text().length() > 1
          && !STOP_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        out.add(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Lemmas too common to say what a sentence is about. */
  static final Set<String> STOP_LEMMAS = WordList.of("stop-lemmas");

  /**
   * The span of a sentence worth showing on its own: without a dateline, a leading connective ("In
   * other words,") or an opening parenthesis that never closes, and without trailing spaces.
   */
  int[] displaySpan(Sentence s) {
    int start = s.start();
    int end = s.end();
    String body = text.substring(start, end);
    Matcher d = DATELINE.matcher(body);
    if (s.index() <= 3 && d.find()) {
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
    return new int[] {start, end};
  }

  /** The display text of a span, with its first letter capitalized when it was cut. */
  String display(int[] span, Sentence s) {
    String t = text.substring(span[0], span[1]);
    if (span[0] > s.start() && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
      t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
    return t;
  }

  Sentence sentence(int i) {
    return sentences.get(i);
  }

  /** Evidence for a span inside sentence {@code s}. */
  Evidence evidence(Sentence s, int start, int end) {
    return new Evidence(s.index(), start, end);
  }

  /** Sentences that a reader sees as the article's body, in order. */
  List<Sentence> body() {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (isBody(s.index())) {
        out.add(s);
      }
    }
    return out;
  }

  /** The number of words in the body. */
  int bodyWords() {
    int n = 0;
    for (Sentence s : body()) {
      for (Token t : s.tokens()) {
        if (Character.isLetterOrDigit(t.text().charAt(0))) {
          n++;
        }
      }
    }
    return n;
  }
}
