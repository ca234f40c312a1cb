package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.QuoteSpan;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.SentenceKind;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Finds who speaks each direct quotation, by the patterns news writing uses: “…,” said NAME; “…,”
 * NAME, a long appositive, said; NAME said: “…”; NAME warned that “…”; a colon ending the sentence
 * before ("He said:"); “…” ― NAME under a reader's comment; and a quote that follows another by the
 * same speaker. Pronoun speakers resolve to named people. A speaker the article only describes
 * ("the announcer said") is kept as that description for evaluation, but the briefing only shows
 * quotes with a named speaker. Scare quotes are not quotations.
 */
final class AttributeQuotes {

  /** Lemmas of verbs that report speech or writing. */
  private static final Set<String> SPEECH_VERBS = WordList.of("speech-verbs");

  /**
   * A quotation with its speaker: a named actor, or (with {@code speaker} null) a court, a body of
   * government or a document the article names only by description ("the court wrote").
   *
   * @param source the name a reader is shown: the actor's name or the description
   */
  record Attributed(
      QuoteSpan span, Cluster speaker, Evidence speakerEvidence, String verb, String source) {

    Attributed(QuoteSpan span, Cluster speaker, Evidence speakerEvidence, String verb) {
      this(span, speaker, speakerEvidence, verb, speaker.name);
    }
  }

  private static final Set<String> BODIES = WordList.of("government-body-words");
  private static final Set<String> DOCUMENT_NOUNS = WordList.of("document-nouns");

  /**
   * True when an unnamed speaker is a court, a body of government or a document ("the court", "the
   * order", "the government"): its words are shown with it as their source, never given to a person
   * (R20: courts' and orders' words left out of the quotes section).
   */
  static boolean institutional(String description) {
    String[] words = description.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length == 0 || words.length > 5) {
      return false;
    }
    String head = words[words.length - 1];
    // "the court", "a court filing", "Trump's order": a description, not a bare name the tagger
    // missed ("Fed" in "… “out of the blue” Fed carve-out").
    boolean described =
        DETERMINERS.contains(words[0])
            || description.contains("’s ")
            || description.contains("'s ");
    return described && (BODIES.contains(head) || DOCUMENT_NOUNS.contains(head));
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this");

  /** A quotation with its speaker, named or described, and the verb that frames it. */
  record Frame(QuoteSpan span, FindSpeaker.Speaker speaker, String verb) {}

  private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
  // Verbs that frame a quotation beyond the verbs of saying: "chanted", "the letter reads".
  private static final Set<String> FRAMING_VERBS = WordList.of("quote-framing-verbs");
  private static final Set<String> ADDRESSEE_VERBS = WordList.of("addressee-verbs");

  /** The quotations whose speaker is named, as the briefing shows them. */
  List<Attributed> attribute(Analysis a, FindActors.Result actors) {
    List<Attributed> out = new ArrayList<>();
    for (Frame f : frames(a, actors)) {
      if (term(a, f.span())) {
        continue;
      }
      if (f.speaker().named()) {
        out.add(new Attributed(f.span(), f.speaker().cluster(), f.speaker().evidence(), f.verb()));
      } else if (!f.verb().isEmpty()
          && !f.verb().endsWith("ing")
          && institutional(f.speaker().description())) {
        out.add(
            new Attributed(
                f.span(), null, f.speaker().evidence(), f.verb(), f.speaker().description()));
      }
    }
    for (Frame f : reported(a, actors)) {
      if (term(a, f.span())) {
        continue;
      }
      out.add(new Attributed(f.span(), f.speaker().cluster(), f.speaker().evidence(), f.verb()));
    }
    out.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
    return out;
  }

  // What the writer puts before a term in quotation marks: "so-called “universal injunctions”",
  // "known as “…”", "the phrase “…”". The tokenizer splits "so-called", so the text is read.
  private static final java.util.regex.Pattern TERM_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)(?:\\bso[-‐‑–\\s]called|\\bknown as|\\bthe (?:term|phrase|word|label|slogan))\\s*$");

  /**
   * True when the quotation is a term the writer marks, not anyone's words (R20: the writer's
   * so-called “universal injunctions” given to the president named earlier in the sentence).
   */
  static boolean term(Analysis a, QuoteSpan q) {
    int from = Math.max(0, q.start() - 20);
    return TERM_BEFORE.matcher(a.text.substring(from, q.start())).find();
  }

  /**
   * The short quotations (two or three words, which {@link #frames} leaves out as labels) that a
   * named person's report of speech gives: a reader counts "Quill said she was “not persuaded”"
   * among the judge's quotes. Only for the briefing: evaluation counts direct quotations.
   */
  private static List<Frame> reported(Analysis a, FindActors.Result actors) {
    FindSpeaker find = null;
    List<Frame> out = new ArrayList<>();
    for (QuoteSpan q : a.quotes()) {
      if (!q.label()) {
        continue;
      }
      Sentence s = sentenceAt(a, q.start());
      if (s == null || !a.isBody(s.index()) || q.start() < s.start()) {
        continue;
      }
      if (find == null) {
        find = new FindSpeaker(a, actors, new SpeakerPronouns(a, actors));
      }
      Frame f = FramesBefore.reported(a, find, q, s);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** Every quotation whose speaker can be found, named or described, in text order. */
  List<Frame> frames(Analysis a, FindActors.Result actors) {
    SpeakerPronouns pronouns = new SpeakerPronouns(a, actors);
    FindSpeaker find = new FindSpeaker(a, actors, pronouns);
    List<Frame> out = new ArrayList<>();
    Frame previous = null;
    for (QuoteSpan q : a.quotes()) {
      if (q.label()) {
        continue;
      }
      Sentence first = sentenceAt(a, q.start());
      Sentence last = sentenceAt(a, Math.max(q.start(), q.end() - 1));
      if (first == null || last == null || !a.isBody(first.index())) {
        continue;
      }
      // "X acknowledged, “…,” while Y emphasized …": the verb that opens the quote frames it, and a
      // clause after the quote is another statement, not this one's attribution. Only a named
      // subject settles it: after "the judge wrote, “…”" a name that follows is still the
      // better guess.
      Frame found =
          FramesBefore.introduced(a, q, first) ? FramesBefore.before(a, find, q, first) : null;
      if (found != null && !found.speaker().named()) {
        found = null;
      }
      if (found == null) {
        found = after(a, find, q, last);
      }
      if (found == null) {
        found = FramesBefore.before(a, find, q, first);
      }
      if (found == null) {
        found = FramesBefore.afterColon(a, find, q, first);
      }
      if (found == null
          && previous != null
          && !(a.spanish() && byDocument(a, q, first))
          && continues(a, actors, previous, q, first)) {
        found = new Frame(q, continuedBy(a, previous.speaker(), q, last), "");
      }
      if (found != null && previous != null) {
        found = pronounContinues(a, actors, pronouns, previous, found);
      }
      if (found != null) {
        out.add(found);
        previous = found;
      }
    }
    return out;
  }

  /**
   * The speaker of a quotation in the headline: the first name before it ("Hillary Clinton Speaks
   * ‘Directly To White People’"), else the phrase the headline opens with. For evaluation; the
   * briefing shows quotes from the body.
   */
  Frame headline(Analysis a, FindActors.Result actors, QuoteSpan q) {
    Sentence s = sentenceAt(a, q.start());
    if (s == null || a.kind(s.index()) != SentenceKind.HEADLINE) {
      return null;
    }
    FindSpeaker find = new FindSpeaker(a, actors, new SpeakerPronouns(a, actors));
    int qi = firstTokenAtOrAfter(s, q.start());
    for (int i = 0; i < qi; i++) {
      FindSpeaker.Speaker sp = find.nameAt(s, i);
      if (sp != null && !find.possessiveAt(s, i)) {
        return new Frame(q, sp, "");
      }
    }
    FindSpeaker.Speaker sp = qi > 0 ? find.phraseAt(s, 0) : null;
    return sp == null ? null : new Frame(q, sp, "");
  }

  static Sentence sentenceAt(Analysis a, int offset) {
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

  /** “…,” said NAME / “…,” NAME, who …, said / “…” ― NAME / “…,” the announcer said. */
  private static Frame after(Analysis a, FindSpeaker find, QuoteSpan q, Sentence s) {
    int i = firstTokenAtOrAfter(s, q.end());
    boolean dash = false;
    while (i < s.size() && isPunct(s.token(i)) && !s.token(i).text().equals(".")) {
      dash |= DASHES.contains(s.token(i).text());
      i++;
    }
    if (i >= s.size() && s.index() + 1 < a.sentences.size()) {
      // "“…?” Graham asked." and "“…” ― Pamela Padilla" can come apart after the quote.
      Sentence next = a.sentence(s.index() + 1);
      if (next.paragraph() == s.paragraph() && attributionOnly(next)) {
        s = next;
        i = 0;
        while (i < s.size() && isPunct(s.token(i))) {
          dash |= DASHES.contains(s.token(i).text());
          i++;
        }
      }
    }
    if (i >= s.size() || a.insideQuote(s.token(i).start())) {
      return null;
    }
    Token t = s.token(i);
    if (dash && t.isProperNoun()) {
      FindSpeaker.Speaker sp = find.nameAt(s, i);
      return new Frame(q, sp != null ? sp : properNounRun(a, s, i), "");
    }
    if (isFramingVerb(t)) {
      FindSpeaker.Speaker sp = afterVerb(find, s, i + 1, t);
      return sp == null ? null : new Frame(q, sp, t.text());
    }
    for (int v = i + 1; v < Math.min(s.size(), i + 30); v++) {
      Token verb = s.token(v);
      if (a.insideQuote(verb.start()) || verb.text().equals(".") || verb.text().equals(";")) {
        return null;
      }
      if (isFramingVerb(verb)) {
        FindSpeaker.Speaker sp = subject(find, s, i, v);
        if (sp == null) {
          // "“…” to drive up the stock price, she said": the speaker stands by the verb.
          sp = find.nameAt(s, v - 1);
        }
        return sp == null ? null : new Frame(q, sp, verb.text());
      }
    }
    return null;
  }

  /**
   * The speaker a clause after a quote opens with, its verb at {@code verb}: a name or pronoun,
   * possibly after a title ("Rep. Gwen Moore (D-Wis.) said"), else the description it opens with.
   */
  private static FindSpeaker.Speaker subject(FindSpeaker find, Sentence s, int from, int verb) {
    FindSpeaker.Speaker organization = null;
    for (int k = from; k < verb; k++) {
      FindSpeaker.Speaker sp = find.nameAt(s, k);
      if (sp != null && find.possessiveAt(s, k)) {
        if (sp.person()) {
          break; // "Scott's niece, state Del. Marcia Price": the niece speaks
        }
        // "Illinois' Democratic Gov. JB Pritzker": a body's or a place's possessive names whose
        // office follows, and the officeholder speaks.
        k = skipMention(find, s, k);
        continue;
      }
      if (sp != null && sp.person()) {
        return sp;
      }
      if (sp != null && organization == null) {
        organization = sp; // "House Speaker Grace Holloway": the body names her office
        k = skipMention(find, s, k);
        continue;
      }
      if (s.token(k).pos().equals("POS") && k > from) {
        continue; // the possessive of a place the tagger did not name: "Oregon's Gov. X"
      }
      if (!titleLike(s.token(k))) {
        break;
      }
    }
    if (organization != null) {
      return organization;
    }
    return find.phraseAt(s, from);
  }

  private static int skipMention(FindSpeaker find, Sentence s, int k) {
    EntityMention m = find.mentionAt(s, k);
    return m == null ? k : m.lastToken();
  }

  /** The name, pronoun or description following a speech verb: "said Mike Vigil". */
  static FindSpeaker.Speaker afterVerb(FindSpeaker find, Sentence s, int from, Token verb) {
    FindSpeaker.Speaker organization = null;
    for (int k = from; k < Math.min(s.size(), from + 6); k++) {
      FindSpeaker.Speaker sp = find.nameAt(s, k);
      if (sp != null && sp.person()) {
        return sp;
      }
      if (sp != null && organization == null) {
        organization = sp;
        k = skipMention(find, s, k);
        continue;
      }
      if (!titleLike(s.token(k))) {
        break;
      }
    }
    if (organization != null || from >= s.size()) {
      return organization;
    }
    // "said the mayor"; but "told reporters" names who was told.
    return ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
        ? null
        : find.descriptionAt(s, from);
  }

  /**
   * A quote with no frame of its own continues the previous speaker's when it follows within two
   * sentences and no other person is named in between (the previous quote's own attribution, "said
   * Caddell, speaking of Clinton's health", does not count).
   */
  private static boolean continues(
      Analysis a, FindActors.Result actors, Frame previous, QuoteSpan q, Sentence first) {
    Sentence previousEnd = sentenceAt(a, previous.span().end() - 1);
    if (previousEnd == null || first.index() - previousEnd.index() > 2) {
      return false;
    }
    Cluster speaker = previous.speaker().cluster();
    for (EntityMention m : a.annotated.mentions()) {
      if (m.start() >= previous.span().end()
          && m.end() <= q.start()
          && m.sentence() != previousEnd.index()
          && !a.insideQuote(m.start())) {
        Cluster c = actors.byMention().get(m);
        if (c != null && c != speaker && c.kind == ActorKind.PERSON) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The previous speaker for a quote that continues it; when that speaker is a body or a document
   * and the quote's own clause is "it added" or "they said", the pronoun is the evidence, as "he"
   * is for a person (“…,” the article read. “…,” it added).
   */
  private static FindSpeaker.Speaker continuedBy(
      Analysis a, FindSpeaker.Speaker previous, QuoteSpan q, Sentence s) {
    if (previous.person()) {
      return previous;
    }
    int i = firstTokenAtOrAfter(s, q.end());
    while (i < s.size() && isPunct(s.token(i)) && !s.token(i).text().equals(".")) {
      i++;
    }
    if (i >= s.size() || !s.token(i).pos().equals("PRP")) {
      return previous;
    }
    Token pronoun = s.token(i);
    String w = pronoun.text().toLowerCase(Locale.ROOT);
    int v = i + 1;
    while (v < s.size() && s.token(v).pos().startsWith("RB")) {
      v++;
    }
    if (!(w.equals("it") || w.equals("they")) || v >= s.size() || !isFramingVerb(s.token(v))) {
      return previous;
    }
    return new FindSpeaker.Speaker(
        previous.cluster(),
        previous.description(),
        new Evidence(s.index(), pronoun.start(), pronoun.end()));
  }

  /**
   * “…,” Ames said. He said … “…”: a "he" or "she" that speaks in the sentence after the one where
   * a named person's quote ends, with nobody else named in between, is that person again, when the
   * gender does not disagree, however well another person of the pronoun's gender fits further
   * back.
   */
  private static Frame pronounContinues(
      Analysis a, FindActors.Result actors, SpeakerPronouns pronouns, Frame previous, Frame found) {
    Cluster speaker = previous.speaker().cluster();
    FindSpeaker.Speaker sp = found.speaker();
    if (!previous.speaker().person() || !sp.named() || sp.cluster() == speaker) {
      return found;
    }
    Sentence s = a.sentence(sp.evidence().sentence());
    Token pronoun = null;
    for (Token t : s.tokens()) {
      if (t.start() == sp.evidence().start() && t.pos().equals("PRP")) {
        pronoun = t;
      }
    }
    NameGender.Gender g = pronoun == null ? null : FindActors.pronounGender(pronoun);
    Sentence previousEnd = sentenceAt(a, previous.span().end() - 1);
    if (g == null
        || previousEnd == null
        || s.index() - Math.max(previousEnd.index(), previous.speaker().evidence().sentence()) != 1
        || !pronouns.genderOf(speaker).agrees(g)) {
      return found;
    }
    for (EntityMention m : a.annotated.mentions()) {
      if (m.start() >= previous.span().end()
          && m.end() <= pronoun.start()
          && !a.insideQuote(m.start())) {
        Cluster c = actors.byMention().get(m);
        if (c != null && c != speaker && c.kind == ActorKind.PERSON) {
          return found;
        }
      }
    }
    return new Frame(
        found.span(), new FindSpeaker.Speaker(speaker, "", sp.evidence()), found.verb());
  }

  /**
   * "Según la orden presidencial, estas personas “…”": Spanish attributes the quotation to a
   * document, which is no speaker, so it does not continue the previous speaker's quote.
   */
  private static boolean byDocument(Analysis a, QuoteSpan q, Sentence first) {
    String before = a.text.substring(first.start(), Math.max(first.start(), q.start()));
    return SEGUN_DOCUMENT.matcher(before).find();
  }

  private static final java.util.regex.Pattern SEGUN_DOCUMENT =
      java.util.regex.Pattern.compile("(?<!\\p{L})[Ss]eg[uú]n (?:el|la|los|las) \\p{Ll}");

  /** A sentence that only attributes: "he asks.", "― Pamela Padilla", "Graham asked." */
  private static boolean attributionOnly(Sentence s) {
    Token first = s.token(0);
    if (DASHES.contains(first.text()) || Character.isLowerCase(first.text().charAt(0))) {
      return true;
    }
    for (int i = 1; i < Math.min(s.size(), 5); i++) {
      if (isFramingVerb(s.token(i))) {
        return true;
      }
    }
    return false;
  }

  /** A run of capitalized words the tagger did not mark, as a description: "― Pamela Padilla". */
  private static FindSpeaker.Speaker properNounRun(Analysis a, Sentence s, int i) {
    int j = i;
    while (j + 1 < s.size() && s.token(j + 1).isProperNoun()) {
      j++;
    }
    int start = s.token(i).start();
    int end = s.token(j).end();
    return new FindSpeaker.Speaker(
        null, a.text.substring(start, end), new Evidence(s.index(), start, end));
  }

  private static boolean titleLike(Token t) {
    return FindRoles.TITLES.contains(t.text().toLowerCase(Locale.ROOT))
        || FindSpeaker.honorific(t)
        || t.isProperNoun()
        || t.pos().equals("DT")
        || t.pos().startsWith("JJ")
        || t.pos().equals("HYPH")
        || t.pos().equals("-LRB-")
        || t.pos().equals("-RRB-");
  }

  static int firstTokenAtOrAfter(Sentence s, int offset) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() >= offset) {
        return i;
      }
    }
    return s.size();
  }

  static boolean isDash(Token t) {
    return DASHES.contains(t.text());
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.text().charAt(0));
  }

  /** A verb of saying, or another verb a quotation can hang on. */
  static boolean isFramingVerb(Token t) {
    return isSpeechVerb(t)
        || (t.pos().startsWith("VB") && FRAMING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)));
  }

  static boolean isSpeechVerb(Token t) {
    return t.pos().startsWith("VB") && SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }
}
