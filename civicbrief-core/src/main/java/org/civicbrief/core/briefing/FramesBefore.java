package org.civicbrief.core.briefing;

import org.civicbrief.core.text.QuoteSpan;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * The attributions that come before a quotation: "NAME said: “…”", "NAME warned that … “…”",
 * "according to NAME, “…”", a sentence ending "He said:" or "The Times reports:", and the clause
 * before a colon ("… a new campaign message: “It's about me.”").
 */
final class FramesBefore {

  private FramesBefore() {}

  /** NAME said: “…” / NAME warned that … “…” / according to NAME, “…”. */
  static AttributeQuotes.Frame before(Analysis a, FindSpeaker find, QuoteSpan q, Sentence s) {
    int qi = AttributeQuotes.firstTokenAtOrAfter(s, q.start());
    if (qi > 1 && AttributeQuotes.isDash(s.token(qi - 1))) {
      // "… including the former candidate Mitt Romney -- ''It is disqualifying …'' --": a
      // quotation set off by dashes right after a person's name is that person's.
      FindSpeaker.Speaker sp = find.nameAt(s, qi - 2);
      if (sp != null && sp.person() && !find.possessiveAt(s, qi - 2)) {
        return new AttributeQuotes.Frame(q, sp, "");
      }
    }
    for (int j = qi - 1; j >= 0; j--) {
      Token v = s.token(j);
      QuoteSpan inside = a.quoteAt(v.start());
      if (inside != null && !inside.label()) {
        break; // do not reach across another quotation
      }
      boolean according =
          v.text().equalsIgnoreCase("according")
              && j + 1 < s.size()
              && s.token(j + 1).text().equals("to");
      if (according) {
        FindSpeaker.Speaker sp = AttributeQuotes.afterVerb(find, s, j + 2, v);
        return sp == null ? null : new AttributeQuotes.Frame(q, sp, "according to");
      }
      if (AttributeQuotes.isFramingVerb(v) || putIt(s, j)) {
        FindSpeaker.Speaker sp = subjectBefore(a, find, s, j);
        if (sp == null) {
          sp = AttributeQuotes.afterVerb(find, s, j + 1, v);
          if (sp != null && sp.evidence().start() > q.start()) {
            sp = null;
          }
        }
        return sp == null ? null : new AttributeQuotes.Frame(q, sp, v.text());
      }
    }
    if (qi > 0 && s.token(qi - 1).text().equals(":")) {
      // "… a new campaign message: “It's about me.”": the clause before the colon speaks.
      FindSpeaker.Speaker sp = clauseSubject(find, s, qi - 1);
      return sp == null ? null : new AttributeQuotes.Frame(q, sp, "");
    }
    return null;
  }

  // Words before a short quotation that make it a name or a term, not someone's words: "known as
  // “…”", "the so-called “…”", "what qualifies as “…”".
  private static final java.util.Set<String> NAMING_WORDS =
      java.util.Set.of("as", "so-called", "dubbed", "titled", "named", "entitled", "term", "word");

  /**
   * The person whose words a short quotation inside a report of speech gives: "Quill said she was
   * “not persuaded” that …", "Brill criticized the plan, arguing it would “waste public money.”"
   * The nearest verb of saying before it, in the same sentence and within {@code REPORT_REACH}
   * tokens, whose subject is a named person; not a relative clause's verb ("her order, which called
   * on the state to “…”" is the order's text), not a term ("known as “…”"), not a name in title
   * case, and never a speaker found through a pronoun.
   */
  static AttributeQuotes.Frame reported(Analysis a, FindSpeaker find, QuoteSpan q, Sentence s) {
    int qi = AttributeQuotes.firstTokenAtOrAfter(s, q.start());
    if (qi == 0 || q.words() < 2 || titleCased(a.text.substring(q.innerStart(), q.innerEnd()))) {
      return null;
    }
    if (NAMING_WORDS.contains(s.token(qi - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    for (int j = qi - 1; j >= Math.max(0, qi - REPORT_REACH); j--) {
      Token v = s.token(j);
      if (a.quoteAt(v.start()) != null || v.text().equals(";") || v.text().equals(":")) {
        return null;
      }
      if (!AttributeQuotes.isSpeechVerb(v)) {
        continue;
      }
      int k = j - 1;
      while (k >= 0 && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("MD"))) {
        k--;
      }
      if (k >= 0 && (s.token(k).pos().equals("WDT") || s.token(k).pos().equals("WP"))) {
        return null;
      }
      FindSpeaker.Speaker sp = subjectBefore(a, find, s, j);
      return sp != null && sp.person() && !byPronoun(s, sp)
          ? new AttributeQuotes.Frame(q, sp, v.text())
          : null;
    }
    return null;
  }

  /**
   * True when the speaker is found through a pronoun ("she asked", "He urged"): a few quoted words
   * are too little to check a guessed antecedent against, so only a speaker named in the sentence
   * counts.
   */
  private static boolean byPronoun(Sentence s, FindSpeaker.Speaker sp) {
    for (Token t : s.tokens()) {
      if (t.start() == sp.evidence().start() && (t.pos().equals("PRP") || t.pos().equals("WP"))) {
        return true;
      }
    }
    return false;
  }

  private static final int REPORT_REACH = 25;

  private static boolean titleCased(String inner) {
    for (String w : inner.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a verb of saying opens the quotation, with at most a comma or colon between: "Ames
   * conceded, “…”", "she said: “…”".
   */
  static boolean introduced(Analysis a, QuoteSpan q, Sentence s) {
    int j = AttributeQuotes.firstTokenAtOrAfter(s, q.start()) - 1;
    if (j >= 0 && (s.token(j).text().equals(",") || s.token(j).text().equals(":"))) {
      j--;
    }
    if (j > 0 && putIt(s, j - 1)) {
      j--;
    }
    return j >= 0
        && (AttributeQuotes.isFramingVerb(s.token(j)) || putIt(s, j))
        && !a.insideQuote(s.token(j).start());
  }

  /** "as The New Yorker put it, “…”": "put it" frames a quotation as a verb of saying does. */
  static boolean putIt(Sentence s, int j) {
    return s.token(j).lemma().equals("put")
        && j + 1 < s.size()
        && s.token(j + 1).text().equalsIgnoreCase("it");
  }

  /** “…” opening a sentence after one that ends "He said:" or "The Times reports:". */
  static AttributeQuotes.Frame afterColon(Analysis a, FindSpeaker find, QuoteSpan q, Sentence s) {
    if (s.index() == 0 || AttributeQuotes.firstTokenAtOrAfter(s, q.start()) > 1) {
      return null;
    }
    Sentence prev = a.sentence(s.index() - 1);
    if (!a.isBody(prev.index()) || !prev.tokens().getLast().text().equals(":")) {
      return null;
    }
    for (int j = prev.size() - 2; j >= 0; j--) {
      if (AttributeQuotes.isFramingVerb(prev.token(j))) {
        FindSpeaker.Speaker sp = subjectBefore(a, find, prev, j);
        if (sp == null) {
          sp = AttributeQuotes.afterVerb(find, prev, j + 1, prev.token(j)); // "Said Ellis:"
        }
        return sp == null ? null : new AttributeQuotes.Frame(q, sp, prev.token(j).text());
      }
    }
    // "Sanders made the following comment:" introduces what Sanders said.
    FindSpeaker.Speaker sp = clauseSubject(find, prev, prev.size() - 1);
    return sp == null ? null : new AttributeQuotes.Frame(q, sp, "");
  }

  /**
   * The subject of the verb at {@code verb}: a description right before it ("the announcer said",
   * "Obama's former strategist said"), else the nearest name or pronoun to its left that is not a
   * possessive ("Trump's adviser ... warned" is the adviser), not crossing a quotation.
   */
  static FindSpeaker.Speaker subjectBefore(Analysis a, FindSpeaker find, Sentence s, int verb) {
    int end = verb;
    while (end > 0
        && (s.token(end - 1).pos().startsWith("RB") || s.token(end - 1).pos().equals("MD"))) {
      end--;
    }
    FindSpeaker.Speaker described = find.descriptionEndingAt(s, end);
    if (described != null) {
      return described;
    }
    FindSpeaker.Speaker apposed = beforeAppositive(a, find, s, end);
    if (apposed != null) {
      return apposed;
    }
    if (end > 2
        && s.token(end - 1).text().equalsIgnoreCase("who")
        && s.token(end - 2).text().equals(",")) {
      // "Stevie Wonder, who joked of the museum, “…”": the person, with the relative pronoun
      // that is the verb's subject as the evidence, as "he" is in "he said".
      FindSpeaker.Speaker sp = find.nameAt(s, end - 3);
      if (sp != null && sp.person() && !find.possessiveAt(s, end - 3)) {
        Token who = s.token(end - 1);
        return new FindSpeaker.Speaker(
            sp.cluster(), "", new Evidence(s.index(), who.start(), who.end()));
      }
    }
    if (s.token(verb).pos().equals("VBG") && verb > 0) {
      // "footage of Hillary Clinton asking, “…”": a person named right before the participle
      // is its subject, whoever the sentence's subject is.
      FindSpeaker.Speaker sp = s.token(verb - 1).isProperNoun() ? find.nameAt(s, verb - 1) : null;
      if (sp != null && sp.person() && !find.possessiveAt(s, verb - 1)) {
        return sp;
      }
    }
    if (s.token(verb).pos().equals("VBG")) {
      // "Trump attacked Clinton …, saying": a participle's speaker is the sentence's subject,
      // named before the main verb; a name after it ("urged a judge to order talks with El
      // Salvador …, saying") is an object, and the subject may be a description ("His lawyers").
      int main = verb;
      for (int i = 0; i < verb; i++) {
        String pos = s.token(i).pos();
        if ((pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
            && !a.insideQuote(s.token(i).start())) {
          main = i;
          break;
        }
      }
      for (int i = 0; i < main; i++) {
        FindSpeaker.Speaker sp = find.nameAt(s, i);
        if (sp != null && !find.possessiveAt(s, i) && !a.insideQuote(s.token(i).start())) {
          return sp;
        }
      }
      return clauseSubject(find, s, main);
    }
    for (int i = verb - 1; i >= 0; i--) {
      Token t = s.token(i);
      QuoteSpan inside = a.quoteAt(t.start());
      if (inside != null && !inside.label()) {
        return null;
      }
      if (t.pos().equals("PRP$")) {
        continue;
      }
      if (t.text().equals(",")) {
        // "Ortiz, who was appointed by Tom Arden in 2019, has … said": a relative clause that the
        // commas close is an aside; its names are not the verb's subject (R18).
        int opens = relativeClauseOpening(s, i);
        if (opens > 0) {
          i = opens;
          continue;
        }
      }
      FindSpeaker.Speaker sp = find.nameAt(s, i);
      if (sp != null) {
        if (find.possessiveAt(s, i)) {
          i = find.mentionStart(s, i);
          continue;
        }
        return sp;
      }
    }
    return clauseSubject(find, s, verb);
  }

  /**
   * The comma that opens a relative clause (", who …", ", which …") closed by the comma at {@code
   * close}, or -1 when the phrase before {@code close} is no such clause.
   */
  private static int relativeClauseOpening(Sentence s, int close) {
    for (int c = close - 1; c > 0; c--) {
      if (s.token(c).text().equals(",")) {
        String next = s.token(c + 1).text().toLowerCase(java.util.Locale.ROOT);
        return next.equals("who") || next.equals("which") || next.equals("whose") ? c : -1;
      }
    }
    return -1;
  }

  /**
   * "Steven Rosenthal, a tax lawyer at the Urban Institute, recently put it": when a comma closes
   * the phrase before the verb, a person named right before the comma that opens it is the subject,
   * not a body named inside the appositive.
   */
  private static FindSpeaker.Speaker beforeAppositive(
      Analysis a, FindSpeaker find, Sentence s, int end) {
    if (end < 2 || !s.token(end - 1).text().equals(",")) {
      return null;
    }
    for (int c = end - 2; c > 0; c--) {
      Token t = s.token(c);
      if (a.insideQuote(t.start()) || t.pos().startsWith("VB")) {
        return null;
      }
      if (t.text().equals(",")) {
        FindSpeaker.Speaker sp = find.nameAt(s, c - 1);
        return sp != null && sp.person() && !find.possessiveAt(s, c - 1) ? sp : null;
      }
    }
    return null;
  }

  /**
   * The phrase that opens the clause before {@code end}: at the sentence start or after a comma
   * ("At his cookout, the band leader …"; "Protesters marching through the streets chanted").
   */
  private static FindSpeaker.Speaker clauseSubject(FindSpeaker find, Sentence s, int end) {
    for (int p = 0; p < end; p++) {
      if (p == 0 || s.token(p - 1).text().equals(",")) {
        FindSpeaker.Speaker sp = find.phraseAt(s, p);
        if (sp != null) {
          return sp;
        }
      }
    }
    return null;
  }
}
