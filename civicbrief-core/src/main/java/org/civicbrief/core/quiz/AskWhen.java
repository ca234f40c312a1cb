package org.civicbrief.core.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.DatePrecision;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/** When-questions about the dated events of the timeline. */
final class AskWhen {

  private final QuestionContext ctx;
  private final Briefing b;
  private final AnnotatedArticle a;
  private final Layout quotes;
  private final Stems stems;
  private final Explain explain;

  AskWhen(QuestionContext ctx) {
    this.ctx = ctx;
    this.b = ctx.b;
    this.a = ctx.a;
    this.quotes = ctx.quotes;
    this.stems = ctx.stems;
    this.explain = ctx.explain;
  }

  // ---- when ----

  /** Prepositions that make a date the end or the bound of the act, not when it happened. */
  private static final Set<String> ENDPOINT =
      Set.of("until", "till", "through", "by", "before", "after", "since", "from");

  /** True when {@code preposition} before a date makes it the end or bound of the act. */
  static boolean endsTheAct(String preposition) {
    return ENDPOINT.contains(preposition.toLowerCase(Locale.ROOT));
  }

  /**
   * True when the date at token {@code first} ends or bounds the act: right after "until", or after
   * "until" and a time of day in the same phrase ("froze his injunction until noon on Sept. 12",
   * R15: keyed as when he froze it), or "since" and the noun phrase the date belongs to. The walk
   * back stops at a finite verb or a comma.
   */
  static boolean boundedBefore(Sentence s, int first) {
    for (int i = first - 1; i >= 0 && i >= first - 12; i--) {
      var t = s.token(i);
      if (endsTheAct(t.text())) {
        return true;
      }
      // A participle inside the phrase ("since Judge Ruiz's temporary restraining order Oct. 9":
      // the date is the order's, and the act's bound) does not end the walk; a verb of the clause
      // does.
      boolean participle = t.pos().equals("VBG") || t.pos().equals("VBN");
      if ((t.pos().startsWith("VB") && !participle)
          || t.text().equals(",")
          || t.text().equals(";")) {
        return false;
      }
    }
    return false;
  }

  Optional<Candidate> when(TimelineEvent e, int index) {
    if (e.approximate() || e.precision() == DatePrecision.YEAR || e.namedWeekday()) {
      // A weekday ("on Tuesday") is exact on the timeline, but the article never writes its date:
      // options of full dates would ask the reader to count the week back.
      return Optional.empty();
    }
    Sentence s = a.sentence(e.evidence().sentence());
    int from = QuestionContext.firstTokenAt(s, e.evidence().start());
    Clause c = Clause.read(s, from, quotes, ctx::inDate);
    if (c == null
        || quotes.overlapsQuote(
            s.token(c.subjectStart()).start(), s.token(c.restStart() - 1).end())) {
      return Optional.empty();
    }
    int dateFirst = QuestionContext.firstTokenAt(s, e.dateEvidence().start());
    int dateLast = QuestionContext.lastTokenBefore(s, e.dateEvidence().end());
    String stem;
    int gerund = byGerund(s, c);
    if (dateFirst >= c.from() && dateLast < c.adverbialEnd()) {
      Clause without =
          new Clause(
              s,
              c.adverbialEnd(),
              c.adverbialEnd(),
              c.subjectStart(),
              c.verbStart(),
              c.mainVerb(),
              c.restStart(),
              c.end());
      stem =
          gerund > 0
              ? stems.byGerundQuestion("When", without, gerund)
              : stems.objectQuestion("When", without, -1, -1);
    } else if (dateFirst >= c.restStart() && dateLast < c.end()) {
      if (boundedBefore(s, dateFirst)) {
        return Optional.empty(); // "froze it until Sept. 12": the date ends the act, not its time
      }
      int cut = dateFirst;
      while (cut > c.restStart() && isPrepositionOrModifier(s.token(cut - 1))) {
        cut--;
      }
      stem = stems.objectQuestion("When", c, cut, dateLast + 1);
    } else {
      return Optional.empty();
    }
    if (stem == null || stem.contains(", and ") || inRange(s, dateLast)) {
      // "… filed, and a panel set a hearing …": two clauses are two questions; "Oct. 1-10": a
      // range whose first day alone is no answer and whose rest would dangle in the stem.
      return Optional.empty();
    }
    List<String> articleDates = b.timeline().stream().map(TimelineEvent::date).toList();
    return Optional.of(
        new Candidate(
            QuestionKind.WHEN,
            stem,
            Distractors.display(e.date()),
            Distractors.dates(
                e.date(),
                articleDates,
                b.article().published(),
                QuestionContext.seed(e.evidence())),
            AnswerType.DATE,
            explain.date(e),
            e.evidence(),
            "timeline[" + index + "]",
            ctx.weight(s.index(), 2.0) + 0.35,
            0.5,
            Set.of(e.dateText()),
            Set.of()));
  }

  /** True when the date ending at token {@code last} opens a range: "Oct. 1-10", "May 3 to 5". */
  private static boolean inRange(Sentence s, int last) {
    if (last + 1 >= s.size()) {
      return false;
    }
    var next = s.token(last + 1);
    if (next.text().matches("[-–—]\\d+.*")) {
      return true;
    }
    return (next.text().matches("[-–—]|to|through")
        && last + 2 < s.size()
        && s.token(last + 2).pos().equals("CD"));
  }

  private static final Set<String> FRAMING_VERBS = WordList.of("event-framing-verbs");

  /** The gerund of "… underscored X by signing Y", when the main verb only frames the action. */
  private static int byGerund(Sentence s, Clause c) {
    if (!FRAMING_VERBS.contains(s.token(c.mainVerb()).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int i = c.restStart(); i + 1 < c.end(); i++) {
      if (s.token(i).text().equals("by") && s.token(i + 1).pos().equals("VBG")) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isPrepositionOrModifier(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("IN") || w.equals("late") || w.equals("early") || w.equals("mid");
  }
}
