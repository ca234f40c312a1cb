package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Hedges;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.QuoteSpan;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.SentenceKind;
import org.civicbrief.core.text.ShownSpan;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * What every briefing stage needs to know about an annotated article: the layout role of each
 * sentence, where the quotations are, and which sentences are opinion or hedged. Computed once.
 */
final class Analysis {

  final AnnotatedArticle annotated;
  final String text;
  final List<Sentence> sentences;
  private final Layout layout;
  private final List<Statement> statements;
  private final boolean[] hedged;
  private final List<Sentence> body;
  private final int bodyWords;

  /** The analysis of an article alone: its layout and statements found here. */
  Analysis(AnnotatedArticle annotated) {
    this(annotated, Layout.of(annotated));
  }

  private Analysis(AnnotatedArticle annotated, Layout layout) {
    this(annotated, layout, new ClassifyStatements().classify(annotated, layout));
  }

  /**
   * The analysis of an article whose {@code layout} and {@code statements} (the one judgement of
   * opinion, {@link ClassifyStatements}) were found already.
   */
  Analysis(AnnotatedArticle annotated, Layout layout, List<Statement> statements) {
    this.annotated = annotated;
    this.text = annotated.text();
    this.sentences = annotated.sentences();
    this.layout = layout;
    this.statements = List.copyOf(statements);
    this.hedged = new boolean[sentences.size()];
    List<Sentence> inBody = new ArrayList<>();
    int words = 0;
    for (Sentence s : sentences) {
      hedged[s.index()] = Hedges.in(s, layout);
      if (layout.isBody(s.index())) {
        inBody.add(s);
        for (Token t : s.tokens()) {
          words += Character.isLetterOrDigit(t.text().charAt(0)) ? 1 : 0;
        }
      }
    }
    this.body = List.copyOf(inBody);
    this.bodyWords = words;
  }

  /** True for a Spanish article, whose roles and dates follow Spanish word order (ADR 21). */
  boolean spanish() {
    return annotated.article().language().equals("es");
  }

  /** What sentence {@code i} is in the layout. */
  SentenceKind kind(int i) {
    return layout.kind(i);
  }

  /**
   * True when body sentence {@code i} is opinion or advocacy in the article's own voice: never a
   * summary line, a fact, a timeline entry or a quiz key.
   */
  boolean isOpinion(int i) {
    return layout.isBody(i) && statements.get(i).kind().isOpinionOrAdvocacy();
  }

  /** True when sentence {@code i} hedges what it reports ("may", "according to"). */
  boolean isHedged(int i) {
    return hedged[i];
  }

  /** Every quotation and scare quote, in text order. */
  List<QuoteSpan> quotes() {
    return layout.quotes();
  }

  boolean insideQuote(int offset) {
    return layout.insideQuote(offset);
  }

  QuoteSpan quoteAt(int offset) {
    return layout.quoteAt(offset);
  }

  /** True when the sentence holds a direct quotation (a scare quote does not count). */
  boolean hasQuotation(Sentence s) {
    for (QuoteSpan q : layout.quotes()) {
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
    for (QuoteSpan q : layout.quotes()) {
      int a = Math.max(q.start(), s.start());
      int b = Math.min(q.end(), s.end());
      if (b > a) {
        quoted += b - a;
      }
    }
    return quoted / (double) Math.max(1, s.end() - s.start());
  }

  boolean isBody(int sentence) {
    return layout.isBody(sentence);
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
  Evidence shown(Sentence s) {
    ShownSpan span = ShownSpan.of(text, s);
    return new Evidence(s.index(), span.start(), span.end());
  }

  /** The text of a span {@link #shown} gave, with its first letter capitalized when it was cut. */
  String display(Evidence span, Sentence s) {
    return new ShownSpan(span.start(), span.end()).display(text, s);
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
    return body;
  }

  /** The number of words in the body. */
  int bodyWords() {
    return bodyWords;
  }
}
