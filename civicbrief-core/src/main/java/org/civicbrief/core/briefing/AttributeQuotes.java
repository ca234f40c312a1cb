package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Finds who speaks each direct quotation, by the patterns news writing uses: “…,” said NAME; “…,”
 * NAME said; NAME said: “…”; NAME warned that “…”; and a quote that follows another by the same
 * speaker. Pronoun speakers resolve to named people. Scare quotes are not quotations.
 */
final class AttributeQuotes {

  /** A quotation with its speaker. */
  record Attributed(QuoteSpan span, Cluster speaker, Evidence speakerEvidence, String verb) {}

  private record Speaker(Cluster cluster, Evidence evidence) {}

  List<Attributed> attribute(Analysis a, FindActors.Result actors) {
    List<Attributed> out = new ArrayList<>();
    Attributed previous = null;
    for (QuoteSpan q : a.quotes) {
      if (q.label()) {
        continue;
      }
      Sentence first = sentenceAt(a, q.start());
      Sentence last = sentenceAt(a, Math.max(q.start(), q.end() - 1));
      if (first == null || last == null || !a.isBody(first.index())) {
        continue;
      }
      Attributed found = after(a, actors, q, last);
      if (found == null) {
        found = before(a, actors, q, first);
      }
      if (found == null
          && previous != null
          && first.index() - sentenceAt(a, previous.span().end() - 1).index() <= 2
          && noOtherNameBetween(a, actors, previous.span().end(), q.start(), previous.speaker())) {
        found = new Attributed(q, previous.speaker(), previous.speakerEvidence(), "");
      }
      if (found != null) {
        out.add(found);
        previous = found;
      }
    }
    return out;
  }

  private static Sentence sentenceAt(Analysis a, int offset) {
    for (Sentence s : a.sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s;
      }
      if (s.start() > offset) {
        return s;
      }
    }
    return null;
  }

  /** “…,” said NAME / “…,” NAME said / “…,” she told reporters. */
  private static Attributed after(Analysis a, FindActors.Result actors, QuoteSpan q, Sentence s) {
    int i = firstTokenAtOrAfter(s, q.end());
    while (i < s.size() && isPunct(s.token(i)) && !s.token(i).text().equals(".")) {
      i++;
    }
    if (i >= s.size() || a.insideQuote(s.token(i).start())) {
      return null;
    }
    Token t = s.token(i);
    if (isSpeechVerb(t)) {
      Speaker sp = speakerAfter(a, actors, s, i + 1);
      return sp == null ? null : new Attributed(q, sp.cluster(), sp.evidence(), t.text());
    }
    // NAME [adverbs] VERB within a few tokens.
    for (int j = i; j < Math.min(s.size(), i + 7); j++) {
      Token v = s.token(j);
      if (a.insideQuote(v.start())) {
        break;
      }
      if (isSpeechVerb(v)) {
        Speaker sp = speakerBetween(a, actors, s, i, j);
        return sp == null ? null : new Attributed(q, sp.cluster(), sp.evidence(), v.text());
      }
    }
    return null;
  }

  /** NAME said: “…” / NAME warned that … “…” / according to NAME, “…”. */
  private static Attributed before(Analysis a, FindActors.Result actors, QuoteSpan q, Sentence s) {
    int qi = firstTokenAtOrAfter(s, q.start());
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
        Speaker sp = speakerAfter(a, actors, s, j + 2);
        return sp == null ? null : new Attributed(q, sp.cluster(), sp.evidence(), "according to");
      }
      if (isSpeechVerb(v)) {
        Speaker sp = speakerBefore(a, actors, s, j);
        if (sp == null) {
          sp = speakerAfter(a, actors, s, j + 1);
          if (sp != null && sp.evidence().start() > q.start()) {
            sp = null;
          }
        }
        return sp == null ? null : new Attributed(q, sp.cluster(), sp.evidence(), v.text());
      }
    }
    return null;
  }

  private static int firstTokenAtOrAfter(Sentence s, int offset) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() >= offset) {
        return i;
      }
    }
    return s.size();
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.text().charAt(0));
  }

  static boolean isSpeechVerb(Token t) {
    return t.pos().startsWith("VB")
        && Words.SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The name or pronoun starting within a few tokens after {@code from} ("said Mike Vigil"). */
  private static Speaker speakerAfter(Analysis a, FindActors.Result actors, Sentence s, int from) {
    Speaker organization = null;
    for (int i = from; i < Math.min(s.size(), from + 6); i++) {
      Speaker sp = speakerAt(a, actors, s, i);
      if (sp != null && sp.cluster().kind == ActorKind.PERSON) {
        return sp;
      }
      if (sp != null && organization == null) {
        // "said House Speaker Grace Holloway": the body names the speaker's office, keep looking.
        organization = sp;
        continue;
      }
      Token t = s.token(i);
      boolean titleLike =
          Words.TITLES.contains(t.text().toLowerCase(Locale.ROOT))
              || t.isProperNoun()
              || t.pos().equals("DT")
              || t.pos().startsWith("JJ");
      if (!titleLike) {
        return organization;
      }
    }
    return organization;
  }

  /**
   * The name or pronoun between {@code from} and the verb at {@code verb} ("she", "López Obrador").
   */
  private static Speaker speakerBetween(
      Analysis a, FindActors.Result actors, Sentence s, int from, int verb) {
    for (int i = from; i < verb; i++) {
      Speaker sp = speakerAt(a, actors, s, i);
      if (sp != null) {
        return sp;
      }
    }
    return null;
  }

  /**
   * The nearest name or pronoun before the verb at {@code verb} that is not a possessive ("Trump's
   * adviser ... warned" is the adviser speaking), not crossing a quotation.
   */
  private static Speaker speakerBefore(Analysis a, FindActors.Result actors, Sentence s, int verb) {
    for (int i = verb - 1; i >= 0; i--) {
      Token t = s.token(i);
      QuoteSpan inside = a.quoteAt(t.start());
      if (inside != null && !inside.label()) {
        return null;
      }
      Speaker sp = speakerAt(a, actors, s, i);
      if (sp != null) {
        EntityMention m = mentionEndingAt(a, actors, s, i);
        if (m != null && FindActors.possessive(s, m.lastToken())) {
          i = m.firstToken();
          continue;
        }
        if (t.pos().equals("PRP$")) {
          continue;
        }
        return sp;
      }
    }
    return null;
  }

  private static EntityMention mentionEndingAt(
      Analysis a, FindActors.Result actors, Sentence s, int i) {
    for (EntityMention m : a.annotated.mentionsIn(s.index())) {
      if (m.covers(i) && actors.byMention().containsKey(m)) {
        return m;
      }
    }
    return null;
  }

  /** The actor a token names or refers to, with the evidence of that mention. */
  private static Speaker speakerAt(Analysis a, FindActors.Result actors, Sentence s, int i) {
    Token t = s.token(i);
    Cluster pronoun = actors.pronouns().get(t.start());
    if (pronoun != null) {
      return new Speaker(pronoun, new Evidence(s.index(), t.start(), t.end()));
    }
    for (EntityMention m : a.annotated.mentionsIn(s.index())) {
      if (m.covers(i)) {
        Cluster c = actors.byMention().get(m);
        return c == null ? null : new Speaker(c, new Evidence(s.index(), m.start(), m.end()));
      }
    }
    return null;
  }

  private static boolean noOtherNameBetween(
      Analysis a, FindActors.Result actors, int from, int to, Cluster speaker) {
    for (EntityMention m : a.annotated.mentions()) {
      if (m.start() >= from
          && m.end() <= to
          && !a.insideQuote(m.start())
          && actors.byMention().get(m) != null
          && actors.byMention().get(m) != speaker
          && actors.byMention().get(m).kind == ActorKind.PERSON) {
        return false;
      }
    }
    return true;
  }
}
