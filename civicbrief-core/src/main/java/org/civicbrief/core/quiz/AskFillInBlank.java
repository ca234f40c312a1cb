package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;

/** Fill-in-the-blank questions over the names, numbers and dates of a fact. */
final class AskFillInBlank {

  /** "less than", "more than", "at least": a bound the wrong options could also satisfy. */
  private static final java.util.regex.Pattern BOUND =
      java.util.regex.Pattern.compile(
          "(?i)\\b(less than|fewer than|more than|greater than|at least|at most|up to|under|over|"
              + "below|above)\\s+(about\\s+|roughly\\s+|nearly\\s+)?\\$?$");

  /** True when a bound ("less than", "at least") stands right before offset {@code at}. */
  static boolean afterBound(String text, int at) {
    return endsRightBefore(BOUND, text, at);
  }

  /**
   * "nearly _____ months", "about _____ of the vote": a number the article itself gives only
   * roughly, whose near neighbours are as true (R15, Q4 and K2).
   */
  private static final java.util.regex.Pattern APPROXIMATE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(nearly|about|around|almost|roughly|approximately|some|an estimated|close to|"
              + "just under|just over)\\s+\\$?$");

  /** True when an approximation ("nearly", "about") stands right before offset {@code at}. */
  static boolean afterApproximation(String text, int at) {
    return endsRightBefore(APPROXIMATE, text, at);
  }

  /** True when {@code words}, anchored at its end, match the text right before {@code at}. */
  private static boolean endsRightBefore(java.util.regex.Pattern words, String text, int at) {
    return words.matcher(text.substring(Math.max(0, at - 24), at)).find();
  }

  private static final java.util.regex.Pattern TRIVIAL_UNIT =
      java.util.regex.Pattern.compile(
          "[- ](page|minute|hour|second|word|inch|foot|feet|mile|year-old|years? old)s?\\b");

  private final QuestionContext ctx;
  private final Briefing b;
  private final AnnotatedArticle a;
  private final Layout quotes;
  private final Distractors distractors;
  private final Explain explain;

  AskFillInBlank(QuestionContext ctx) {
    this.ctx = ctx;
    this.b = ctx.b;
    this.a = ctx.a;
    this.quotes = ctx.quotes;
    this.distractors = ctx.distractors;
    this.explain = ctx.explain;
  }

  /**
   * True when the sentence names, after the number, as many people or places as the number counts
   * ("The two properties were in Michigan and Georgia"): the blank would answer itself.
   */
  private static boolean enumerated(Sentence s, EntityMention m) {
    int value = QuestionContext.NUMBER_WORDS.indexOf(m.text().toLowerCase(java.util.Locale.ROOT));
    if (value < 0 && m.text().matches("\\d{1,2}")) {
      value = Integer.parseInt(m.text());
    }
    if (value < 2 || value > 12) {
      return false;
    }
    int runs = 0;
    boolean inRun = false;
    for (int i = m.lastToken() + 1; i < s.size(); i++) {
      boolean proper = s.token(i).isProperNoun();
      if (proper && !inRun) {
        runs++;
      }
      inRun = proper;
    }
    return runs == value;
  }

  /**
   * A date that gives the fact's time, after "on", "until", "in" …: not an event's name ("ties to
   * Jan. 6") nor a date its weekday pins down ("Wednesday, Oct. 22").
   */
  private static boolean timeOfFact(Sentence s, EntityMention m) {
    if (m.firstToken() == 0) {
      return false;
    }
    String before = s.token(m.firstToken() - 1).text().toLowerCase(java.util.Locale.ROOT);
    return TIME_PREPOSITIONS.contains(before);
  }

  /**
   * A year more than two years before the article ("nominated … in 1987", "since the invasion in
   * 2022"): the story's background, not its news (REVIEW.md Q4).
   */
  private boolean background(String iso) {
    return b.article()
        .published()
        .map(p -> Integer.parseInt(iso.substring(0, 4)) < p.getYear() - 2)
        .orElse(false);
  }

  private static final Set<String> TIME_PREPOSITIONS =
      org.civicbrief.core.text.WordList.of("time-prepositions");

  // ---- fill in the blank ----

  /** Words that open a comment on the clause rather than a claim of its own. */
  private static final Set<String> TAIL_WORDS = Set.of("which", "who", "whose", "with");

  /**
   * Where the comment set after the sentence's claim begins (", his first legislative victory since
   * …", ", which …", ", with …", ", saying …"), or the item's end: a blank there tests a detail
   * beside the news (R19, Q4: the year of a campaign in such a tail).
   */
  private int tailStart(Sentence s, BriefItem item) {
    String body = item.text();
    int from = item.evidence().start();
    int end = item.evidence().end();
    java.util.regex.Matcher more = AskTrueOrFalse.MORE_THAN_ONE_IDEA.matcher(body);
    while (more.find()) {
      String joiner = more.group(2);
      boolean tail = joiner != null && (TAIL_WORDS.contains(joiner) || joiner.endsWith("ing"));
      if (tail && AskTrueOrFalse.mainVerbBefore(s, from, from + more.start())) {
        end = Math.min(end, from + more.start());
        break;
      }
    }
    java.util.regex.Matcher appositive = AskTrueOrFalse.APPOSITIVE_TAIL.matcher(body);
    while (appositive.find()) {
      if (AskTrueOrFalse.mainVerbBefore(s, from, from + appositive.start())) {
        end = Math.min(end, from + appositive.start());
        break;
      }
    }
    return end;
  }

  /** Words that name a side of a court, a chamber or a party. */
  private static final Set<String> SIDES =
      Set.of("conservative", "liberal", "republican", "democratic", "progressive", "moderate");

  /**
   * True when the person at {@code m} is one of a group the sentence labels with a side just before
   * ("three conservative justices—_____, Clarence Thomas …", "Republican senators _____ and …"): a
   * fair option would have to be of that side too, which the article says of no one else (R20, D1:
   * liberal justices offered as conservative ones).
   */
  private static boolean sideLabeled(Sentence s, EntityMention m) {
    int head = m.firstToken();
    // Step back over the names listed before this one ("Samuel Alito, Clarence Thomas and _____"):
    // the label stands before the list, not before each name.
    while (head > 0 && listed(s.token(head - 1))) {
      head--;
    }
    // A list after a colon takes its label from the whole clause before it ("Three of the
    // court's conservative justices dissented from the order: …"), verbs and all.
    boolean colon = head > 0 && s.token(head - 1).text().equals(":");
    for (int i = head - 1; i >= Math.max(0, head - (colon ? 16 : 8)); i--) {
      String w = s.token(i).text().toLowerCase(java.util.Locale.ROOT);
      if (SIDES.contains(w) && i + 1 < m.firstToken() && s.token(i + 1).pos().equals("NNS")) {
        return true;
      }
      if (w.equals(";") || (s.token(i).isVerb() && !colon)) {
        return false;
      }
    }
    return false;
  }

  /** True for a token of a list of names: a proper noun, a comma, "and" or a dash. */
  private static boolean listed(org.civicbrief.core.text.Token t) {
    return t.pos().startsWith("NNP") || Set.of(",", "and", "—", "–", "--").contains(t.text());
  }

  /** Lemmas of verbs whose subject or object after a comma is the outlet that reports. */
  private static final Set<String> REPORTS = Set.of("report", "say", "tell", "write");

  /**
   * True when the name at {@code m} is who reports the story: ", reports CNBC", "according to
   * Reuters", "told CNN" (R19, Q4: the outlet that reported the story as a blank).
   */
  private static boolean reporter(Sentence s, EntityMention m) {
    int i = m.firstToken();
    if (i < 1) {
      return false;
    }
    var before = s.token(i - 1);
    String lemma = before.lemma().toLowerCase(java.util.Locale.ROOT);
    if (REPORTS.contains(lemma)
        && (before.isVerb() || i > 1 && s.token(i - 2).text().equals(","))) {
      return true;
    }
    return i > 1
        && before.text().equals("to")
        && s.token(i - 2).text().equalsIgnoreCase("according");
  }

  List<Candidate> fillBlank(Sentence s, BriefItem item) {
    List<Candidate> out = new ArrayList<>();
    if (ctx.item(s.index(), "").isEmpty()) {
      return out; // only the briefing's own items: the rest of the article is detail (REVIEW.md Q4)
    }
    int claimEnd = SpanishQuiz.isSpanish(b) ? item.evidence().end() : tailStart(s, item);
    for (EntityMention m : a.mentionsIn(s.index())) {
      if (m.start() < item.evidence().start()
          || m.end() > item.evidence().end()
          || quotes.insideQuote(m.start())) {
        continue;
      }
      if (m.start() >= claimEnd) {
        continue; // in the comment after the claim: a detail, not the news (Q4)
      }
      if (!Character.isLetterOrDigit(m.text().charAt(0)) && m.text().charAt(0) != '$') {
        continue; // the tagger sometimes starts a name with "’s"; a blank there reads as nonsense
      }
      // "a _____-thirds vote", "the _____-year-old": a blank inside a compound word reads as
      // nonsense or tests a trivial detail.
      boolean compound =
          (m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == '-')
              || (m.start() > 0 && ctx.text.charAt(m.start() - 1) == '-')
              || (m.type() != EntityType.PERSON
                  && m.type() != EntityType.ORGANIZATION
                  && AskTrueOrFalse.inTally(ctx.text, m));
      if (compound) {
        continue;
      }
      boolean modifier =
          m.type().isName() && m.lastToken() + 1 < s.size() && s.token(m.lastToken() + 1).isNoun();
      if (modifier) {
        continue; // "its own _____ troops": a name used as a modifier makes nonsense options
      }
      if (m.isLabel(s)) {
        continue; // "SB _____", "the _____ midterm elections": a label, not a fact of the story
      }
      AnswerType type;
      List<String> options;
      switch (m.type()) {
        case PERSON -> {
          // Only a name the briefing lists as a person: the tagger's other PERSON spans (a
          // dateline, a product) would get people as options for something that is not one.
          if (!ctx.isActor(m.text(), ActorKind.PERSON)) {
            continue;
          }
          if (m.firstToken() > 0 && Office.of(s.token(m.firstToken() - 1).text()).isPresent()) {
            continue; // "Chief Justice _____", "Governor _____ (D-Calif.)": the title gives it away
          }
          if (!SpanishQuiz.isSpanish(b) && sideLabeled(s, m)) {
            continue; // "Three conservative justices—_____, …": options would need that side too
          }
          if (!SpanishQuiz.isSpanish(b) && ctx.headlineNames(Distractors.surname(m.text()))) {
            continue; // the person the headline names: anyone who saw it fills the blank (R19, Q4)
          }
          if (SpanishQuiz.isSpanish(b)
              && (presidentsOwn(s, m.firstToken()) || SpanishQuiz.titledBlank(s, m.firstToken()))) {
            continue; // "la administración _____", "el gobernador de California _____": given away
          }
          type = AnswerType.PERSON;
          options =
              distractors.people(
                  m.text(), Distractors.Ask.DID, QuestionContext.seed(item.evidence()), s.text());
          if (SpanishQuiz.isSpanish(b)) {
            options = options.stream().filter(o -> !otherParty(s, o)).toList();
          }
        }
        case ORGANIZATION -> {
          if (!ctx.isActor(m.text(), ActorKind.ORGANIZATION)) {
            continue; // a person or place the tagger called an organization gets no body options
          }
          if (ctx.headlineNames(m.text())) {
            continue; // the story's topic: the headline alone fills "The _____ …" (R18, Q4)
          }
          if (reporter(s, m)) {
            continue; // the outlet that reports the story, not a fact of it (R19, Q4)
          }
          type = AnswerType.ORGANIZATION;
          options = distractors.organizations(m.text(), QuestionContext.seed(item.evidence()));
        }
        case NUMBER, MONEY, PERCENT -> {
          if (SpanishQuiz.isSpanish(b) && SpanishQuiz.namesSomething(s, m)) {
            continue; // "la ley 50": a name, not a count
          }
          if (SpanishQuiz.isSpanish(b) && SpanishQuiz.age(ctx.text, m.start(), m.end())) {
            continue; // "Ferrer, de _____ años": an age is a detail (R-es3)
          }
          if (SpanishQuiz.isSpanish(b) && SpanishQuiz.afterBound(ctx.text, m.start())) {
            continue; // "más de _____ inmigrantes": a smaller wrong option is as true (K2)
          }
          if (TRIVIAL_UNIT.matcher(ctx.text.substring(m.end())).lookingAt()) {
            continue; // "the 71-page decision", "a 90-minute hearing": a detail, not the story
          }
          if (enumerated(s, m)) {
            continue; // "_____ justices—Alito, Thomas and Gorsuch—": the names count the answer
          }
          if (QuestionContext.yearOrExactFigure(m.text())) {
            continue;
          }
          if (m.firstToken() > 0 && s.token(m.firstToken() - 1).text().matches("(?i)those|these")) {
            continue; // "those three states": a count the sentence before gave (R14)
          }
          if (AskTrueOrFalse.TALLY.matcher(s.text()).find()) {
            continue; // "A 5-4 majority … but _____ justices": the tally gives the count away
          }
          if (afterBound(ctx.text, m.start()) || afterApproximation(ctx.text, m.start())) {
            continue; // "a stake of less than _____": a larger wrong option is also true (K2)
          }
          type = AnswerType.NUMBER;
          // "1.500", "2,5 millones", "tres": options in the Spanish key's own notation (ADR 21).
          options =
              SpanishQuiz.isSpanish(b) && !SpanishQuiz.plainFigure(m.text())
                  ? SpanishValueBlanks.figures(
                      m, a.mentions(), QuestionContext.seed(item.evidence()))
                  : ctx.numberOptions(m, m.text(), m.type() == EntityType.MONEY);
        }
        case DATE -> {
          if (SpanishQuiz.isSpanish(b)) {
            spanishDay(s, item, m).ifPresent(out::add);
            continue;
          }
          if (!m.normalized().matches("\\d{4}(-\\d{2}){0,2}")
              || !timeOfFact(s, m)
              || background(m.normalized())) {
            continue;
          }
          type = AnswerType.DATE;
          options =
              Distractors.dates(
                  m.normalized(),
                  b.timeline().stream().map(TimelineEvent::date).toList(),
                  b.article().published(),
                  QuestionContext.seed(item.evidence()));
        }
        case LOCATION -> {
          // A U.S. state whose name Spanish writes as English does, among others like it.
          if (!SpanishQuiz.isSpanish(b) || !SpanishQuiz.isState(m.text())) {
            continue;
          }
          type = AnswerType.PHRASE;
          options =
              SpanishQuiz.otherStates(m.text(), ctx.text, QuestionContext.seed(item.evidence()));
        }
        default -> {
          continue;
        }
      }
      int relStart = m.start() - item.evidence().start();
      int relEnd = m.end() - item.evidence().start();
      String body = item.text();
      String blanked = body.substring(0, relStart) + "_____" + body.substring(relEnd);
      String key = m.text();
      if (type == AnswerType.DATE && !key.matches(".*\\d{4}.*")) {
        // "set a hearing for Oct. 22": the options are written as the key is, without the year
        // (a year the article does not state could be wrong).
        if (m.normalized().length() != 10) {
          continue;
        }
        options = Distractors.withoutYear(options, key, m.normalized());
      }
      out.add(
          new Candidate(
              QuestionKind.FILL_IN_BLANK,
              "Fill in the blank: " + blanked.replaceAll("[\\s.]+$", "") + ".",
              key,
              options,
              type,
              explain.fact(item, key),
              item.evidence(),
              ctx.item(s.index(), "article"),
              ctx.weight(s.index(), 1.0) - 0.6,
              0.5,
              ctx.aliases(m.text()),
              Set.of()));
    }
    return out;
  }

  /**
   * A vote's tally in the fact ("passed the House 263-156", "ruled in a 6–3 vote", "had passed —
   * 88-52 —"): the winning count, a dash as the article writes it, the losing count. Not a body's
   * make-up ("the court's 6-3 conservative majority", "a narrow 220-212 majority"), which is no
   * vote, nor a date or a case number (a tally must stand beside a word of voting).
   */
  static final java.util.regex.Pattern VOTE_TALLY =
      java.util.regex.Pattern.compile(
          "(?<![\\d\\-–/.])(\\d{1,3})(\\s?[-–—]\\s?)(\\d{1,3})(?![\\d\\-–/])");

  /** A word of voting before the tally, within the same clause ("passed the House", "voted"). */
  private static final java.util.regex.Pattern VOTED_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(passed|voted|ruled|approved|rejected|confirmed|upheld|struck|vote was|"
              + "decided|sided)\\b[^,;.]{0,40}$");

  /** A word of voting right after the tally ("a 6–3 vote", "its 64-35 approval"). */
  private static final java.util.regex.Pattern VOTE_AFTER =
      java.util.regex.Pattern.compile(
          "(?i)^\\s*(vote|votes|decision|ruling|approval|margin|tally|opinion)\\b");

  /**
   * A blank on the tally of the vote the fact reports, with other tallies of the same body and the
   * same outcome as options ({@link Distractors#tallies}): a reader who skipped the article could
   * believe each, and none reverses who won (REVIEW.md C3 numbers, D1).
   */
  List<Candidate> tallyBlank(Sentence s, BriefItem item) {
    List<Candidate> out = new ArrayList<>();
    if (SpanishQuiz.isSpanish(b) || ctx.item(s.index(), "").isEmpty()) {
      return out;
    }
    String body = item.text();
    int claimEnd = tailStart(s, item) - item.evidence().start();
    java.util.regex.Matcher t = VOTE_TALLY.matcher(body);
    while (t.find()) {
      int start = item.evidence().start() + t.start();
      if (t.start() >= claimEnd || quotes.insideQuote(start)) {
        continue;
      }
      String before = body.substring(Math.max(0, t.start() - 48), t.start());
      String after = body.substring(t.end());
      if (after.matches("(?is)^\\s*(\\p{L}+\\s+)?(majority|lead|edge)\\b.*")) {
        continue; // "a 220-212 majority", "a 6-3 conservative majority": who sits, not a vote
      }
      if (!(VOTED_BEFORE.matcher(before).find() || VOTE_AFTER.matcher(after).find())) {
        continue;
      }
      int win = Integer.parseInt(t.group(1));
      int lose = Integer.parseInt(t.group(3));
      String dash = t.group(2);
      List<String> options = new ArrayList<>();
      for (String o : Distractors.tallies(win, lose, dash)) {
        if (!ctx.text.contains(o)
            && !ctx.text.contains(o.replace(dash, "-"))
            && !ctx.text.contains(o.replace(dash, "–"))) {
          options.add(o); // a tally the article gives for another vote is no wrong answer (D2)
        }
      }
      if (options.size() < 2) {
        continue;
      }
      String key = t.group();
      String blanked = body.substring(0, t.start()) + "_____" + body.substring(t.end());
      String asked = byWhatVote(s, item, start, start + t.group().length());
      if (asked != null) {
        out.add(
            new Candidate(
                QuestionKind.HOW_MANY,
                asked,
                key,
                options,
                AnswerType.NUMBER,
                explain.fact(item, key),
                item.evidence(),
                ctx.item(s.index(), "article"),
                ctx.weight(s.index(), 1.0) + 0.2,
                0.5,
                Set.of(),
                Set.of()));
      }
      out.add(
          new Candidate(
              QuestionKind.FILL_IN_BLANK,
              "Fill in the blank: " + blanked.replaceAll("[\\s.]+$", "") + ".",
              key,
              options,
              AnswerType.NUMBER,
              explain.fact(item, key),
              item.evidence(),
              ctx.item(s.index(), "article"),
              ctx.weight(s.index(), 1.0) - 0.4,
              0.5,
              Set.of(),
              Set.of()));
    }
    return out;
  }

  /** Verbs whose object a vote decides: "passed the bill 263-156", "approved … 31–17". */
  private static final Set<String> VOTING_VERBS =
      Set.of("pass", "approve", "reject", "confirm", "adopt", "override", "uphold", "ratify");

  /**
   * "By what vote did the House pass the bill …?" for a tally right after or inside the object of a
   * voting verb (the clause's own verb), or null: a question names its act where a blank of the
   * whole sentence would keep an opener that leans on the sentence before.
   */
  private String byWhatVote(Sentence s, BriefItem item, int start, int end) {
    int from = QuestionContext.firstTokenAt(s, item.evidence().start());
    Clause c = Clause.read(s, from, quotes, ctx::inDate);
    if (c == null
        || !VOTING_VERBS.contains(
            s.token(c.mainVerb()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int first = QuestionContext.firstTokenAt(s, start);
    int last = QuestionContext.lastTokenBefore(s, end);
    if (first < c.restStart() || last >= c.end()) {
      return null;
    }
    while (first > c.restStart()
        && Set.of("—", "–", "--", ",").contains(s.token(first - 1).text())) {
      first--;
    }
    while (last + 1 < c.end() && Set.of("—", "–", "--", ",").contains(s.token(last + 1).text())) {
      last++;
    }
    return ctx.stems.objectQuestion("By what vote", c, first, last + 1);
  }

  /**
   * A Spanish blank on the day of the fact ("Un juez ordenó _____ al gobierno …"), keyed with the
   * day resolved against the publication date and its year, with other days as options in the same
   * form (ADR 21; R-es4 and R-es5 found dates untested in Spanish quizzes). Not the day of a
   * date-only clause, a background year or a span's bound ({@link SpanishValueBlanks#day}).
   */
  private Optional<Candidate> spanishDay(Sentence s, BriefItem item, EntityMention m) {
    Set<String> days = new java.util.HashSet<>();
    for (EntityMention other : a.mentions()) {
      if (other.type() == EntityType.DATE && other != m) {
        days.add(other.normalized().replace("~", ""));
      }
    }
    Optional<SpanishValueBlanks.Blank> blank =
        SpanishValueBlanks.day(
            ctx.text, m, b.article().published(), days, QuestionContext.seed(item.evidence()));
    if (blank.isEmpty() || blank.get().distractors().size() < 3) {
      return Optional.empty();
    }
    int relStart = m.start() - item.evidence().start();
    int relEnd = m.end() - item.evidence().start();
    String body = item.text();
    String blanked = body.substring(0, relStart) + "_____" + body.substring(relEnd);
    String key = blank.get().key();
    return Optional.of(
        new Candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: " + blanked.replaceAll("[\\s.]+$", "") + ".",
            key,
            blank.get().distractors(),
            AnswerType.DATE,
            explain.day(item, key, m.text()),
            item.evidence(),
            ctx.item(s.index(), "article"),
            ctx.weight(s.index(), 1.0) - 0.6,
            0.5,
            Set.of(m.text()),
            Set.of()));
  }

  /**
   * True when person option {@code o} is one the article gives the other party than the one the
   * sentence names (a Democratic governor offered as who keeps the Republican majority; R-es3).
   */
  private boolean otherParty(Sentence s, String o) {
    for (var actor : b.actors()) {
      boolean same =
          actor.name().equals(o)
              || actor.aliases().contains(o)
              || QuestionContext.lastName(actor.name()).equals(o);
      if (same
          && actor.role().map(r -> SpanishSides.otherParty(s.text(), r.text())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "la administración _____", "el gobierno de _____": the name of a president's government, which
   * no other sitting person could fill (ADR 21).
   */
  private static boolean presidentsOwn(Sentence s, int first) {
    String before = first > 0 ? s.token(first - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
    String twoBefore =
        first > 1 ? s.token(first - 2).text().toLowerCase(java.util.Locale.ROOT) : "";
    return before.equals("administración")
        || (before.equals("de")
            && (twoBefore.equals("administración") || twoBefore.equals("gobierno")));
  }
}
