package org.civicbrief.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where each sentence of an article stands in its layout (headline, subheading or body, and whether
 * it is in the lead) and where its quotations are. Found once per article and read by every stage
 * that must tell the article's body from its headings, and its own voice from quoted words: the
 * briefing, the statement classifier and the knowledge-base matcher see the same layout.
 */
public final class Layout {

  private final List<SentenceKind> kinds;
  private final int leadEnd;
  private final List<QuoteSpan> quotes;

  private Layout(List<SentenceKind> kinds, int leadEnd, List<QuoteSpan> quotes) {
    this.kinds = List.copyOf(kinds);
    this.leadEnd = leadEnd;
    this.quotes = List.copyOf(quotes);
  }

  /**
   * An outlet's credit line, "ABC News and CNN contributed to this report.", "Reporting by …": the
   * page's furniture, no statement of the story (R17: one became a dek).
   */
  private static final java.util.regex.Pattern CREDIT =
      java.util.regex.Pattern.compile(
          "(?i)\\bcontributed (to )?(this )?(report|reporting|story)\\b|"
              + "^\\(?(additional )?(reporting|writing|editing) by\\b");

  /** The layout of {@code annotated}. */
  public static Layout of(AnnotatedArticle annotated) {
    Objects.requireNonNull(annotated, "annotated");
    String text = annotated.text();
    List<Sentence> sentences = annotated.sentences();
    int titleEnd = titleEnd(annotated);
    boolean spanish = annotated.article().language().equals("es");
    java.util.Map<Integer, Integer> perParagraph = new java.util.HashMap<>();
    for (Sentence s : sentences) {
      perParagraph.merge(s.paragraph(), 1, Integer::sum);
    }
    List<SentenceKind> kinds = new ArrayList<>();
    for (Sentence s : sentences) {
      kinds.add(
          s.start() < titleEnd || untitledHeadline(annotated, s)
              ? SentenceKind.HEADLINE
              : isSubheading(text, perParagraph, s, spanish)
                      || CREDIT.matcher(text.substring(s.start(), s.end())).find()
                      || isByline(text, s)
                  ? SentenceKind.SUBHEADING
                  : SentenceKind.BODY);
    }
    // The lead: the headline, the headings after it and the first body sentence, where a story
    // says what it is about.
    int leadEnd = 0;
    while (leadEnd < kinds.size() - 1 && kinds.get(leadEnd) != SentenceKind.BODY) {
      leadEnd++;
    }
    return new Layout(kinds, leadEnd, new FindQuoteSpans().find(text));
  }

  /** What sentence {@code sentence} is. */
  public SentenceKind kind(int sentence) {
    return kinds.get(sentence);
  }

  /** True when sentence {@code sentence} is part of the body a reader reads. */
  public boolean isBody(int sentence) {
    return kinds.get(sentence) == SentenceKind.BODY;
  }

  /** True for the headline and subheadings. */
  public boolean isHeading(int sentence) {
    return !isBody(sentence);
  }

  /** True for the sentences of the lead: the headline, its headings and the first body sentence. */
  public boolean inLead(int sentence) {
    return sentence <= leadEnd;
  }

  /** Every quotation and scare quote, in text order. */
  public List<QuoteSpan> quotes() {
    return quotes;
  }

  /** True when the character at {@code offset} is inside quotation marks (or is one). */
  public boolean insideQuote(int offset) {
    return quoteAt(offset) != null;
  }

  /** The quotation around {@code offset}, or null when it is in the article's own words. */
  public QuoteSpan quoteAt(int offset) {
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

  /** True when quotation marks enclose some of {@code [start, end)}. */
  public boolean overlapsQuote(int start, int end) {
    for (QuoteSpan q : quotes) {
      if (q.start() < end && start < q.end()) {
        return true;
      }
      if (q.start() >= end) {
        break;
      }
    }
    return false;
  }

  private static int titleEnd(AnnotatedArticle annotated) {
    if (!annotated.article().titleInText()) {
      return 0;
    }
    int nl = annotated.text().indexOf('\n');
    return nl < 0 ? annotated.text().length() : nl;
  }

  /**
   * A text whose title was not recognised as one may still open with it: a first line of at most
   * twenty words that stands alone and does not end as prose does. A longer first line is the lead,
   * even when it lost its final period.
   */
  private static boolean untitledHeadline(AnnotatedArticle annotated, Sentence s) {
    if (s.index() != 0 || annotated.article().titleInText() || s.tokens().isEmpty()) {
      return false;
    }
    String text = annotated.text();
    String last = s.tokens().getLast().text();
    boolean prose = last.equals(".") || last.equals("!") || last.equals(":") || s.size() > 20;
    return !prose && lineStart(text, s.start()) && lineEnd(text, s.end());
  }

  /**
   * A short line standing alone in its paragraph, without final punctuation, in title case, or in
   * sentence case with the story going on below it; in Spanish, which writes headings in sentence
   * case ("Trump busca mantener la mayoría"), in any case.
   */
  private static boolean isSubheading(
      String text, java.util.Map<Integer, Integer> perParagraph, Sentence s, boolean spanish) {
    if (s.size() > 14 || s.tokens().isEmpty()) {
      return false;
    }
    boolean alone =
        perParagraph.get(s.paragraph()) == 1
            && lineStart(text, s.start())
            && lineEnd(text, s.end());
    if (!alone) {
      return false;
    }
    // The line's last character, not its last token: a tokenizer may keep the full stop on the
    // word ("again.").
    String lastText = s.tokens().getLast().text();
    if (".!?”\"’:".indexOf(lastText.charAt(lastText.length() - 1)) >= 0) {
      return false;
    }
    if (spanish) {
      return true;
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
    // "Opponents said the new map is racial gerrymandering" on a line of its own, with the story
    // going on below it: a subheading in sentence case, as many outlets write them (it was a
    // summary line). A last line without a full stop is the story's end, not a heading.
    boolean followed = !text.substring(s.end()).isBlank();
    boolean sentenceCase =
        followed && Character.isUpperCase(s.tokens().getFirst().text().charAt(0));
    return words > 0 && (capitalized * 2 >= words || sentenceCase);
  }

  /**
   * "By Ana Ruiz, Valley Ledger" on a line of its own: the byline, no sentence of the story (R17:
   * its outlet was listed among the actors). No verb, so "By Tuesday, the board will vote" is body.
   */
  private static boolean isByline(String text, Sentence s) {
    if (s.size() < 2 || s.size() > 12 || !s.token(0).text().equals("By")) {
      return false;
    }
    if (!lineStart(text, s.start()) || !lineEnd(text, s.end())) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.isVerb()) {
        return false;
      }
    }
    return Character.isUpperCase(s.token(1).text().charAt(0));
  }

  private static boolean lineStart(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private static boolean lineEnd(String text, int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n';
  }
}
