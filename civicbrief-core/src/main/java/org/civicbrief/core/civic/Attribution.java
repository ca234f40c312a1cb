package org.civicbrief.core.civic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Pronouns;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Stance;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Who a sentence attributes its claim to: the reporting verb outside quotation marks ("argue",
 * "said", "according to") and the speaker phrase next to it, as token indexes of the sentence.
 *
 * @param verb index of the reporting verb (or of "according")
 * @param speakerFirst index of the speaker phrase's first token, or -1 when none was found
 * @param speakerLast index of its last token, or -1
 * @param accordingTo true for "according to X"
 */
record Attribution(int verb, int speakerFirst, int speakerLast, boolean accordingTo) {

  private static final int MAX_SPEAKER = 8;

  /** Lemmas of verbs that attribute a claim to a speaker or a finding to a body. */
  private static final Set<String> REPORTING_VERBS = WordList.of("reporting-verbs");

  /** Nouns that frame what follows "that" as someone's view: "the sentiment that ...". */
  private static final Set<String> ATTRIBUTION_NOUNS = WordList.of("attribution-nouns");

  /** Particles that turn a reporting verb into another verb: "called up", "held off". */
  private static final Set<String> VERB_PARTICLES = WordList.of("verb-particles");

  /** Auxiliaries before a past participle that keep it a verb of the clause. */
  private static final Set<String> AUXILIARIES = WordList.of("participle-auxiliaries");

  /**
   * Words that may stand between a speaker and the reporting verb ("Trump has repeatedly said").
   */
  private static final Set<String> SPEAKER_GAP = WordList.of("speaker-gap");

  boolean hasSpeaker() {
    return speakerFirst >= 0;
  }

  /** The first attribution of the sentence, if it has one outside quotation marks. */
  static Optional<Attribution> find(Sentence s, Layout layout) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (layout.insideQuote(t.start())) {
        continue;
      }
      String w = lower(t);
      if (w.equals("according") && i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals("to")) {
        int last = i + 1;
        while (last + 1 < tokens.size()
            && last - i - 1 < MAX_SPEAKER
            && nounPhrase(tokens.get(last + 1))) {
          last++;
        }
        return Optional.of(
            last > i + 1
                ? new Attribution(i, i + 2, last, true)
                : new Attribution(i, -1, -1, true));
      }
      if (ATTRIBUTION_NOUNS.contains(lemma(t)) && framesThat(tokens, i)) {
        return Optional.of(new Attribution(i, -1, -1, false));
      }
      if (isReportingVerb(tokens, i) && !inRelativeClause(tokens, i)) {
        return Optional.of(withSpeaker(s, layout, i));
      }
    }
    return Optional.empty();
  }

  /**
   * A reporting verb that is not itself governed by a modal or "to" ("should urge" is a call), not
   * a participle modifying a noun ("troops called into service") and not a phrasal verb of motion
   * ("called up").
   */
  static boolean isReportingVerb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!(t.pos().isEmpty() || t.isVerb()) || !REPORTING_VERBS.contains(lemma(t))) {
      return false;
    }
    if (i + 1 < tokens.size() && VERB_PARTICLES.contains(lower(tokens.get(i + 1)))) {
      return false;
    }
    if (t.pos().equals("VBN") && (i == 0 || !AUXILIARIES.contains(lower(tokens.get(i - 1))))) {
      return false;
    }
    for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
      String prev = lower(tokens.get(j));
      if (tokens.get(j).pos().equals("MD") || Stance.DEONTIC_MODALS.contains(prev)) {
        return false;
      }
      if (prev.equals("to")) {
        return false;
      }
      if (!tokens.get(j).pos().startsWith("RB")) {
        break;
      }
    }
    return true;
  }

  /**
   * True when some reporting verb or "according to" outside quotation marks comes before token
   * {@code index}, even in a subordinate clause: in "lawmakers who say she should go", the "should"
   * is the lawmakers'.
   */
  static boolean voicedBefore(Sentence s, Layout layout, int index) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < index && i < tokens.size(); i++) {
      if (layout.insideQuote(tokens.get(i).start())) {
        continue;
      }
      String w = lower(tokens.get(i));
      if ((isReportingVerb(tokens, i) && !afterFirstPerson(tokens, i))
          || (w.equals("according")
              && i + 1 < tokens.size()
              && lower(tokens.get(i + 1)).equals("to"))
          || (ATTRIBUTION_NOUNS.contains(lemma(tokens.get(i))) && framesThat(tokens, i))) {
        return true;
      }
    }
    return false;
  }

  /** "We believe": the writer's own voice, not a source's. */
  private static boolean afterFirstPerson(List<Token> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && SPEAKER_GAP.contains(lower(tokens.get(j)))) {
      j--;
    }
    return j >= 0 && Pronouns.FIRST_PERSON.contains(lower(tokens.get(j)));
  }

  /** "The sentiment that ...", "her message is that ...". */
  private static boolean framesThat(List<Token> tokens, int i) {
    int j = i + 1;
    if (j < tokens.size()
        && (lower(tokens.get(j)).equals("is") || lower(tokens.get(j)).equals("was"))) {
      j++;
    }
    return j < tokens.size() && lower(tokens.get(j)).equals("that");
  }

  /**
   * "Leaders who say she lacks the authority": the claim belongs to a subordinate clause, not to
   * the sentence as a whole.
   */
  private static boolean inRelativeClause(List<Token> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && SPEAKER_GAP.contains(lower(tokens.get(j)))) {
      j--;
    }
    return j >= 0 && Pronouns.RELATIVE.contains(lower(tokens.get(j)));
  }

  private static Attribution withSpeaker(Sentence s, Layout layout, int verb) {
    List<Token> tokens = s.tokens();
    int j = verb - 1;
    while (j >= 0 && (SPEAKER_GAP.contains(lower(tokens.get(j))))) {
      j--;
    }
    if (j >= 0 && (tokens.get(j).text().equals(",") || layout.insideQuote(tokens.get(j).start()))) {
      // Skip an appositive ("Tom Homan, Trump's border adviser, warned") back to its comma.
      int k = j - 1;
      while (k >= 0
          && k >= j - 15
          && !(tokens.get(k).text().equals(",") && !layout.insideQuote(tokens.get(k).start()))) {
        k--;
      }
      j = k >= 0 && k >= j - 15 ? k - 1 : -1;
    }
    int last = j;
    int first = j + 1;
    while (first - 1 >= 0
        && last - (first - 1) < MAX_SPEAKER
        && !layout.insideQuote(tokens.get(first - 1).start())
        && nounPhrase(tokens.get(first - 1))) {
      first--;
    }
    while (first <= last && !opensPhrase(tokens.get(first))) {
      first++;
    }
    if (first <= last) {
      return new Attribution(verb, first, last, false);
    }
    // "…," said Mike Vigil: the speaker follows the verb.
    int after = verb + 1;
    int end = after - 1;
    while (end + 1 < tokens.size()
        && end + 1 - after < MAX_SPEAKER
        && tokens.get(end + 1).isProperNoun()) {
      end++;
    }
    if (end >= after) {
      return new Attribution(verb, after, end, false);
    }
    if (after < tokens.size() && tokens.get(after).pos().equals("PRP")) {
      return new Attribution(verb, after, after, false);
    }
    return new Attribution(verb, -1, -1, false);
  }

  private static boolean nounPhrase(Token t) {
    String pos = t.pos();
    String w = lower(t);
    return pos.startsWith("NN")
        || pos.startsWith("JJ")
        || pos.equals("DT")
        || pos.equals("POS")
        || pos.startsWith("PRP")
        || pos.equals("CD")
        || w.equals("and")
        || w.equals("’s")
        || w.equals("'s");
  }

  /** A speaker phrase does not open with a conjunction or a possessive ending. */
  private static boolean opensPhrase(Token t) {
    String w = lower(t);
    return !(w.equals("and") || w.equals("or") || t.pos().equals("POS") || w.equals("’s"));
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  static String lemma(Token t) {
    String l = t.lemma().isBlank() ? t.text() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }
}
