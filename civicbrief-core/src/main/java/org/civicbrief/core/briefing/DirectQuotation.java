package org.civicbrief.core.briefing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.core.text.QuoteSpan;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.SentenceKind;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Tells a direct quotation from the other things between quotation marks. A direct quotation stands
 * on its own: it opens a paragraph or a sentence, follows the colon or comma that introduces it, or
 * follows a verb of saying (Trump declared “…”). Not direct: scare quotes, fragments quoted inside
 * a paraphrase (Clinton says Trump is “temperamentally unfit”), and the turns of a transcript
 * ("WALLACE: …"). A headline writes every quotation in title case and short, so there it is the
 * place that tells: a quote that opens the headline, follows its colon or is what a verb reports
 * (Speaks ‘Directly To White People’) is direct; one that goes on with a phrase (Trump Was
 * ‘Mocking’, Calls Clinton ‘A Disgrace’, Tell of ‘Suffering and Delight’) is a fragment.
 */
final class DirectQuotation {

  private static final Pattern TURN =
      Pattern.compile("^(?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]+:\\s|^\\(");
  private static final Set<String> INTRODUCING = WordList.of("quote-introducing-verbs");

  boolean test(Analysis a, QuoteSpan q) {
    if (turn(a, q)) {
      return false;
    }
    Sentence sentence = sentenceAt(a, q.start());
    if (sentence != null && a.kind(sentence.index()) == SentenceKind.HEADLINE) {
      return standsInHeadline(a, sentence, q);
    }
    int i = q.start() - 1;
    while (i >= 0 && Character.isSpaceChar(a.text.charAt(i))) {
      i--;
    }
    char before = i < 0 ? '\n' : a.text.charAt(i);
    if (Character.isLetterOrDigit(before)) {
      // Trump declared “…” and the crowd was singing “It's Our Time.” quote; "is “unhinged”" does
      // not.
      Token t = sentence == null ? null : tokenEndingAt(sentence, i + 1);
      boolean introduced = t != null && introduces(t);
      char last = a.text.charAt(q.innerEnd() - 1);
      return introduced && startsUpperCase(a.text, q) && (!q.label() || ".!?,".indexOf(last) >= 0);
    }
    if (q.label() || before == '=') {
      return false; // a label, or the value of a markup attribute left in the text (date="…")
    }
    if (before == ',' && wordBefore(a.text, i).equalsIgnoreCase("that")) {
      return false; // "Trump tweeted that, “…”" reports what he wrote
    }
    if (before == ',' && !startsUpperCase(a.text, q)) {
      // "“…,” she said, “and …”" goes on with a quotation; "police officers who, “in fits and
      // starts …”" goes on with the writer's sentence.
      // "As for complexity, ''broadening the base …,'' said Mr. Kamin" is his, framed after it.
      return sentence != null && (saidJustBefore(sentence, i) || saidJustAfter(a, q));
    }
    // After a dash, a lower-case start continues the writer's sentence: "called him -- ''a
    // genius''".
    return "—–-".indexOf(before) < 0 || startsUpperCase(a.text, q);
  }

  /**
   * True when a headline's quotation stands on its own: it opens the headline or follows its colon
   * or dash, or a verb other than "be" reports it, the verb right before it or before a comma.
   */
  private static boolean standsInHeadline(Analysis a, Sentence s, QuoteSpan q) {
    int qi = AttributeQuotes.firstTokenAtOrAfter(s, q.start());
    if (qi == 0) {
      return true;
    }
    Token before = s.token(qi - 1);
    if (before.text().equals(":") || AttributeQuotes.isDash(before)) {
      return true;
    }
    if (before.text().equals(",") && qi > 1) {
      before = s.token(qi - 2);
    }
    return before.pos().startsWith("VB")
        && !before.lemma().equalsIgnoreCase("be")
        && !a.insideQuote(before.start());
  }

  /**
   * A transcript turn ("WALLACE: …", "(CROSSTALK.)"), or a paragraph that goes on with a turn left
   * open in the paragraph before.
   */
  private static boolean turn(Analysis a, QuoteSpan q) {
    if (TURN.matcher(a.text).region(q.innerStart(), q.innerEnd()).lookingAt()) {
      return true;
    }
    int k = a.quotes().indexOf(q);
    while (k > 0 && startsParagraph(a.text, q) && a.text.charAt(q.end() - 1) != '"') {
      QuoteSpan previous = a.quotes().get(--k);
      if (TURN.matcher(a.text).region(previous.innerStart(), previous.innerEnd()).lookingAt()) {
        return true;
      }
      if (!startsParagraph(a.text, previous) || a.text.charAt(previous.end() - 1) == '"') {
        return false;
      }
      q = previous;
    }
    return false;
  }

  private static boolean startsParagraph(String text, QuoteSpan q) {
    return q.start() == 0 || text.charAt(q.start() - 1) == '\n';
  }

  /** True when a verb of saying stands among the few words before the comma at {@code comma}. */
  private static boolean saidJustBefore(Sentence s, int comma) {
    int end = -1;
    for (Token t : s.tokens()) {
      if (t.start() == comma) {
        end = t.index();
      }
    }
    for (int k = end - 1; k >= Math.max(0, end - 8); k--) {
      if (s.token(k).text().equalsIgnoreCase("that")) {
        return false; // "he said … that under President Obama, “the generals …”" is indirect
      }
      boolean putIt =
          s.token(k).lemma().equals("put")
              && k + 1 < s.size()
              && s.token(k + 1).text().equalsIgnoreCase("it");
      if (AttributeQuotes.isFramingVerb(s.token(k)) || putIt) {
        return true; // "… Mr. Obama said, “and …”", "as The New Yorker put it, “the operator.”"
      }
    }
    return false;
  }

  /**
   * True when the quotation ends with a comma and a verb of saying follows within a few words of
   * its sentence: “…,” said Mr. Kamin / “…,” the senator said.
   */
  private static boolean saidJustAfter(Analysis a, QuoteSpan q) {
    if (a.text.charAt(q.innerEnd() - 1) != ',') {
      return false;
    }
    Sentence s = sentenceAt(a, q.end() - 1);
    if (s == null) {
      return false;
    }
    int from = AttributeQuotes.firstTokenAtOrAfter(s, q.end());
    for (int k = from; k < Math.min(s.size(), from + 6); k++) {
      Token t = s.token(k);
      if (a.insideQuote(t.start()) || ".;:".contains(t.text())) {
        return false;
      }
      if (AttributeQuotes.isSpeechVerb(t)) {
        return true;
      }
    }
    return false;
  }

  /** The word that ends just before offset {@code end} (a comma's offset), or "". */
  private static String wordBefore(String text, int end) {
    int j = end;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
      j--;
    }
    return text.substring(j, end);
  }

  /** A verb of saying; the tagger reads "singing" after a comma as a noun, so forms count too. */
  private static boolean introduces(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return INTRODUCING.contains(t.lemma().toLowerCase(Locale.ROOT))
        || (w.endsWith("ing") && INTRODUCING.contains(w.substring(0, w.length() - 3)));
  }

  private static boolean startsUpperCase(String text, QuoteSpan q) {
    for (int i = q.innerStart(); i < q.innerEnd(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
    }
    return true;
  }

  private static Sentence sentenceAt(Analysis a, int offset) {
    for (Sentence s : a.sentences) {
      if (offset < s.end()) {
        return offset >= s.start() || s.index() == 0 ? s : a.sentence(s.index() - 1);
      }
    }
    return a.sentences.isEmpty() ? null : a.sentences.getLast();
  }

  private static Token tokenEndingAt(Sentence s, int end) {
    for (Token t : s.tokens()) {
      if (t.end() == end) {
        return t;
      }
    }
    return null;
  }
}
