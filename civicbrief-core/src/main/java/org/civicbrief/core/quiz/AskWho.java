package org.civicbrief.core.quiz;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/** Questions answered by a person or a body: who said a quote, who holds a role, who did what. */
final class AskWho {

  private final QuestionContext ctx;
  private final Briefing b;
  private final AnnotatedArticle a;
  private final Layout quotes;
  private final Distractors distractors;
  private final Stems stems;
  private final Explain explain;

  AskWho(QuestionContext ctx) {
    this.ctx = ctx;
    this.b = ctx.b;
    this.a = ctx.a;
    this.quotes = ctx.quotes;
    this.distractors = ctx.distractors;
    this.stems = ctx.stems;
    this.explain = ctx.explain;
  }

  // ---- who said ----

  private static final java.util.regex.Pattern PRONOUN =
      java.util.regex.Pattern.compile("(?i)he|she|they|it|we|i");

  /** Words that say who spoke, right after the speaker's name. */
  private static final java.util.regex.Pattern SPEECH_VERB =
      java.util.regex.Pattern.compile(
          "^\\s+(said|says|wrote|writes|added|adds|told|acknowledged|posted|stated|replied|"
              + "responded)\\b");

  /** Between a quotation's end and its speaker: closing marks, a comma, a title at most. */
  private static final java.util.regex.Pattern QUOTE_TO_NAME =
      java.util.regex.Pattern.compile("^[\\s,.!?”\"’']*((Mr|Mrs|Ms|Dr)\\.\\s+)?$");

  /**
   * Between a speaker's verb and the quotation: whom it was told at most, a comma or colon, the
   * opening mark.
   */
  private static final java.util.regex.Pattern VERB_TO_QUOTE =
      java.util.regex.Pattern.compile("^(\\s+[^,:“\"]{1,40})?[,:]?\\s*[“\"]?$");

  /**
   * True when the speaker's name stands right beside the verb that introduces the quotation, with
   * nothing between the quotation and the name but its marks: "“…,” Trump said", "Trump told
   * reporters, “…”". Another person named in that sentence ("Trump told Cook") is then no rival for
   * the words.
   */
  private boolean besideItsVerb(Quote q) {
    int qs = q.evidence().start();
    int qe = q.evidence().end();
    int ss = q.speakerEvidence().start();
    int se = q.speakerEvidence().end();
    String text = ctx.text;
    if (ss >= qe) {
      return (QUOTE_TO_NAME.matcher(text.substring(qe, ss)).matches()
              && SPEECH_VERB.matcher(text.substring(se, Math.min(text.length(), se + 60))).find())
          || QUOTE_VERB_NAME.matcher(text.substring(qe, ss)).matches();
    }
    if (se <= qs) {
      java.util.regex.Matcher verb = SPEECH_VERB.matcher(text.substring(se, qs));
      return verb.find() && VERB_TO_QUOTE.matcher(text.substring(se + verb.end(), qs)).matches();
    }
    return false;
  }

  /** "“…,” said spokesperson Ana Ruiz": the verb first, then at most two words of title. */
  private static final java.util.regex.Pattern QUOTE_VERB_NAME =
      java.util.regex.Pattern.compile(
          "^[\\s,.!?”\"’']*\\s(said|wrote|added|stated|replied|responded)\\s+"
              + "((?!(?:for|of|to|with|and|by|from|on|in|at|the|a|an)\\b)\\p{Ll}+\\s+){0,2}$");

  /**
   * After "“…,” Ota said" and before the next quotation: the rest of that attribution, with no
   * other words quoted or named as speaking ("said at the meeting. “…”").
   */
  private static final java.util.regex.Pattern ATTRIBUTION_TO_NEXT =
      java.util.regex.Pattern.compile(
          "^(\\s+(said|says|wrote|writes|added|adds|told|stated)\\b[^.“”\"\\n]{0,60})?\\.\\s+$");

  /**
   * Words that lean on what the stem does not show ("But you also appreciate …", "She was respected
   * …", Q2), or in which the speakers say who they are ("I have been on the bench for four
   * decades", "As a mother, …"): the words name the answer, and every other option is ruled out
   * (D1).
   */
  private static final java.util.regex.Pattern LEANS_OR_NAMES_ITSELF =
      java.util.regex.Pattern.compile(
          "^(?:(?:But|And|Yet|Or|So|He|She|It|They|His|Her|Its|Their)\\b"
              + "|I(?: have|[’']ve) (?:been|served)\\b|I served\\b|As (?:a|an|the|your) )");

  Optional<Candidate> whoSaid(Quote q) {
    // "Yes, we think it is": a short reply leans on a question the stem does not show.
    if (q.speakerId().isEmpty() || FindWords.count(q.text()) < 6) {
      return Optional.empty();
    }
    if (!attributed(q) && !continues(q)) {
      return Optional.empty();
    }
    if (!SpanishQuiz.isSpanish(b) && LEANS_OR_NAMES_ITSELF.matcher(q.text()).find()) {
      return Optional.empty();
    }
    String shown = q.text().replaceAll("[,.\\s]+$", "");
    String[] words = shown.split("\\s+");
    if (words.length > 28) {
      shown = String.join(" ", java.util.Arrays.copyOf(words, 22)).replaceAll("[,;:]$", "") + " …";
    }
    String stem = "Who said “" + shown + "”?";
    return Optional.of(
        new Candidate(
            QuestionKind.WHO_SAID,
            stem,
            q.speaker(),
            distractors.people(
                q.speaker(), Distractors.Ask.SAID, QuestionContext.seed(q.evidence()), q.text()),
            AnswerType.PERSON,
            explain.quote(q),
            q.evidence(),
            "quotes/" + q.id(),
            ctx.weight(q.evidence().sentence(), 1.8),
            ctx.salience(q.speaker()),
            ctx.aliases(q.speaker()),
            Set.of()));
  }

  /**
   * True when the article names the quotation's speaker (not through a pronoun) beside a verb of
   * saying, in the quotation's sentence, or in another sentence only when the name stands right
   * against the quotation ("“… It boggles my mind,” Coughenour said.", which the splitter cuts
   * after the quotation's inner full stop). A speaker found in a neighbouring sentence any other
   * way may be the nearest name rather than the speaker. Two people named in the quotation's
   * sentence ("Trump told Hannity, '…'") make the attribution a guess between them unless the
   * speaker's name is the one beside the verb.
   */
  private boolean attributed(Quote q) {
    String named = q.speakerEvidence().in(ctx.text);
    if (q.verb().isEmpty()
        || named.isEmpty()
        || !Character.isUpperCase(named.charAt(0))
        || PRONOUN.matcher(named).matches()) {
      return false; // "She said": a speaker found through a pronoun is a guess
    }
    if (q.speakerEvidence().sentence() == q.evidence().sentence()) {
      long people =
          a.mentionsIn(q.evidence().sentence()).stream()
              .filter(m -> m.type() == org.civicbrief.core.text.EntityType.PERSON)
              .filter(m -> !quotes.insideQuote(m.start()))
              .map(EntityMention::text)
              .distinct()
              .count();
      return people <= 1 || besideItsVerb(q);
    }
    return besideItsVerb(q);
  }

  /**
   * True for the second quotation of a speaker that follows right after the first one's
   * attribution, with nothing between but the rest of it: "“I appreciate that,” Gorsuch said. “But
   * you also appreciate …”". The news convention gives the words to the same speaker; the first
   * quotation must be one {@link #attributed} names.
   */
  private boolean continues(Quote q) {
    if (q.verb().isPresent()) {
      return false;
    }
    for (Quote first : b.quotes()) {
      if (first == q
          || !first.speakerEvidence().equals(q.speakerEvidence())
          || first.evidence().end() > q.evidence().start()
          || first.speakerEvidence().start() < first.evidence().end()
          || first.speakerEvidence().end() > q.evidence().start()
          || !attributed(first)) {
        continue;
      }
      String between = ctx.text.substring(first.speakerEvidence().end(), q.evidence().start());
      if (ATTRIBUTION_TO_NEXT.matcher(between).matches()) {
        return true;
      }
    }
    return false;
  }

  // ---- who holds a role (Spanish articles, ADR 21) ----

  /**
   * "Según el artículo, ¿quién es el gobernador de California?": the role as the article states it,
   * a template around the article's own words. Only roles of three words or more, which say which
   * office they mean: "el gobernador demócrata" is vague (REVIEW.md Q2), and "el fiscal general" of
   * a state could be read as the U.S. Attorney General among the options (K2).
   */
  Optional<Candidate> whoHolds(Actor actor) {
    if (actor.kind() != ActorKind.PERSON || actor.role().isEmpty()) {
      return Optional.empty();
    }
    var role = actor.role().get();
    String text = role.text().strip();
    // A national office's holder is general knowledge, not the article's (REVIEW.md Q4): who the
    // president or the secretary of defense is needs no article.
    boolean national = Office.of(text).map(Office::national).orElse(false);
    if (role.source().isPresent()
        || national
        || text.split("\\s+").length < 3
        || !Character.isLowerCase(text.charAt(0))) {
      return Optional.empty();
    }
    String first = text.split("\\s+")[0];
    String article = first.endsWith("a") && !first.endsWith("ista") ? "la " : "el ";
    String stem = "Según el artículo, ¿quién es " + article + text + "?";
    return Optional.of(
        new Candidate(
            QuestionKind.WHO_IS,
            stem,
            actor.name(),
            distractors.people(
                actor.name(), Distractors.Ask.HOLDS, QuestionContext.seed(role.evidence())),
            AnswerType.PERSON,
            explain.role(actor),
            role.evidence(),
            "actors/" + actor.id(),
            ctx.weight(role.evidence().sentence(), 1.2),
            ctx.salience(actor.name()),
            ctx.aliases(actor.name()),
            Set.of()));
  }

  // ---- who / which did it (the actor of a core fact) ----

  Optional<Candidate> who(Sentence s, BriefItem item) {
    int from = QuestionContext.firstTokenAt(s, item.evidence().start());
    Clause c = Clause.read(s, from, quotes, ctx::inDate);
    if (c == null
        || quotes.overlapsQuote(s.token(c.subjectStart()).start(), s.token(c.end() - 1).end())) {
      return Optional.empty();
    }
    // The subject's head is its last name mention: "Red Mesa Governor Elena Marsh" is Marsh.
    Actor subject = null;
    for (EntityMention m : a.mentionsIn(s.index())) {
      if (m.firstToken() >= c.subjectStart() && m.lastToken() < c.verbStart()) {
        Actor found = null;
        for (Actor actor : b.actors()) {
          if (actor.name().equals(m.text()) || actor.aliases().contains(m.text())) {
            found = actor;
          }
        }
        subject = found != null && onlyTitlesAround(s, c, m) ? found : null;
      }
    }
    if (subject == null || s.token(c.verbStart() - 1).pos().startsWith("RB")) {
      return Optional.empty(); // "the Supreme Court initially heard …": the adverb is no name
    }
    boolean person = subject.kind() == ActorKind.PERSON;
    if (!person && ctx.headlineNames(subject.name())) {
      return Optional.empty(); // "Which organization …?" keyed to the headline's topic (Q4)
    }
    String key = person ? subject.name() : stems.join(c, c.subjectStart(), c.verbStart(), -1, -1);
    String stem = stems.subjectQuestion(person ? "Who" : "Which organization", c);
    key = person ? key : Stems.lowerFirst(key, s.token(c.subjectStart()));
    List<String> options =
        person
            ? distractors.people(
                key, Distractors.Ask.DID, QuestionContext.seed(item.evidence()), s.text())
            : distractors.organizations(key, QuestionContext.seed(item.evidence()));
    return Optional.of(
        new Candidate(
            QuestionKind.WHAT,
            stem,
            key,
            options,
            person ? AnswerType.PERSON : AnswerType.ORGANIZATION,
            explain.fact(item, key),
            item.evidence(),
            ctx.item(s.index(), "article"),
            ctx.weight(s.index(), 1.0) + 0.3,
            ctx.salience(subject.name()),
            ctx.aliases(subject.name()),
            Set.of()));
  }

  /**
   * The subject is the name plus titles or a determiner, nothing more ("Representative Dan
   * Crenshaw").
   */
  private static boolean onlyTitlesAround(Sentence s, Clause c, EntityMention m) {
    for (int i = c.subjectStart(); i < c.verbStart(); i++) {
      if (m.covers(i)) {
        continue;
      }
      Token t = s.token(i);
      boolean ok = t.pos().equals("DT") || t.isProperNoun() || t.pos().startsWith("RB");
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Counting words of a quotation. */
  static final class FindWords {
    private FindWords() {}

    static int count(String s) {
      int n = 0;
      for (String w : s.split("\\s+")) {
        if (!w.isBlank() && Character.isLetterOrDigit(w.charAt(0))) {
          n++;
        }
      }
      return n;
    }
  }
}
