package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * Builds the dated events of an article: each body sentence with a resolved date outside quotations
 * becomes one event, dated by its most precise date. Dates that describe a state rather than an
 * event ("until late 2024", "prior to 2025", "through 2030"), years used as adjectives ("his 2024
 * presidential bid") or possessives ("next year's elections") and years in names ("the War of
 * 1812") are not events.
 */
final class BuildTimeline {

  private static final Set<String> STATE_PREPOSITIONS = WordList.of("state-prepositions");

  List<TimelineEvent> build(Analysis a) {
    List<TimelineEvent> out = new ArrayList<>();
    for (Sentence s : a.body()) {
      if (a.isOpinion(s.index())) {
        continue;
      }
      EntityMention best = null;
      Evidence shown = a.shown(s);
      for (EntityMention m : a.annotated.mentionsIn(s.index())) {
        if (m.start() < shown.start()) {
          continue; // a dateline's date is the publication date, not an event
        }
        if (m.type() != EntityType.DATE
            || m.normalized().isEmpty()
            || a.insideQuote(m.start())
            || describesState(s, m)
            || adjectival(s, m)
            || (!a.spanish() && speculative(s, m))
            || (!a.spanish() && otherClause(s, m))
            || (a.spanish() && SpanishTimelineDates.datesNoEvent(s, m))) {
          continue;
        }
        if (best == null || precision(m).ordinal() < precision(best).ordinal()) {
          best = m;
        }
      }
      if (best == null) {
        continue;
      }
      String value =
          best.normalized().startsWith("~") ? best.normalized().substring(1) : best.normalized();
      out.add(
          new TimelineEvent(
              value,
              precision(best),
              best.normalized().startsWith("~"),
              best.text(),
              a.display(shown, s),
              shown,
              a.evidence(s, best.start(), best.end())));
    }
    out.sort(
        Comparator.comparing((TimelineEvent e) -> e.date())
            .thenComparingInt(e -> e.evidence().start()));
    return a.spanish()
        ? SpanishTimelineDates.namedDaysExact(firstTellings(out, a))
        : oneDay(SpanishTimelineDates.namedDaysExact(out, TimelineEvent.WEEKDAY), a);
  }

  /** The most entries one day shows: R20 read three for one day, the day's ruling told thrice. */
  private static final int PER_DAY = 2;

  /**
   * The entries an English timeline shows for each day: a statement dated by its verb of saying
   * ("Wu said on Sunday", "told CNN on Friday") only when the day has no other entry, and then at
   * most {@code PER_DAY}, in the order the article tells them (the first telling is the lead's).
   */
  private static List<TimelineEvent> oneDay(List<TimelineEvent> events, Analysis a) {
    Map<String, List<TimelineEvent>> byDay = new HashMap<>();
    for (TimelineEvent e : events) {
      if (e.precision() == DatePrecision.DAY) {
        byDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
      }
    }
    Set<TimelineEvent> left = new java.util.HashSet<>();
    for (List<TimelineEvent> day : byDay.values()) {
      if (day.size() < 2) {
        continue;
      }
      List<TimelineEvent> told = new ArrayList<>(day);
      told.sort(Comparator.comparingInt(e -> e.evidence().start()));
      List<TimelineEvent> events2 = told.stream().filter(e -> !saidOn(a, e)).toList();
      List<TimelineEvent> kept = events2.isEmpty() ? told : events2;
      kept = kept.subList(0, Math.min(PER_DAY, kept.size()));
      for (TimelineEvent e : day) {
        if (!kept.contains(e)) {
          left.add(e);
        }
      }
    }
    return events.stream().filter(e -> !left.contains(e)).toList();
  }

  /**
   * True when the entry's date is the time of a verb of saying: "said on Sunday", "told … Friday".
   */
  private static boolean saidOn(Analysis a, TimelineEvent e) {
    Sentence s = a.sentence(e.evidence().sentence());
    int first = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() >= e.dateEvidence().start()) {
        first = i;
        break;
      }
    }
    for (int i = first - 1; i >= 0 && i >= first - SAID_REACH; i--) {
      var t = s.token(i);
      if (t.text().equals(",") || t.text().equals(";")) {
        return false;
      }
      if (AttributeQuotes.isSpeechVerb(t)) {
        return true;
      }
    }
    return false;
  }

  private static final int SAID_REACH = 5;

  /**
   * A Spanish story tells its day's event in the lead and again in the body, each time by its
   * weekday ("bloqueó el viernes … dictaminó el viernes"), and a coming year's change twice ("a
   * partir de 2026 … en las elecciones de 2026"): a date read from a bare year or a month is one
   * entry, its first telling (ADR 21). A day read from a weekday is one entry per doer: the judge's
   * ruling told twice is one event, but the governor's filing and the judge's order of that same
   * Tuesday are two (R-es4: timelines of one lead sentence, the body's events of the same day left
   * out). A date the article writes out ("el 3 de agosto") dates each of its events.
   */
  private static List<TimelineEvent> firstTellings(List<TimelineEvent> events, Analysis a) {
    // Of two tellings, the one that stands alone is shown: "Esto ocurre después de que un juez
    // …" leans on a sentence the timeline does not show.
    List<TimelineEvent> byTelling = new ArrayList<>(events);
    byTelling.sort(
        Comparator.comparing(TimelineEvent::date)
            .thenComparing((TimelineEvent e) -> leansOnBefore(a, e))
            .thenComparingInt(e -> e.evidence().start()));
    Set<TimelineEvent> out = new java.util.HashSet<>();
    Map<String, List<Set<String>>> told = new HashMap<>();
    for (TimelineEvent e : byTelling) {
      boolean loose = e.approximate() || e.precision() == DatePrecision.YEAR;
      if (!loose) {
        out.add(e);
        continue;
      }
      Set<String> doer =
          e.precision() == DatePrecision.DAY
              ? SpanishTimelineDates.doer(
                  a.annotated.sentence(e.evidence().sentence()), e.dateEvidence().start())
              : Set.of();
      List<Set<String>> earlier = told.computeIfAbsent(e.date(), d -> new ArrayList<>());
      boolean retold =
          !earlier.isEmpty()
              && (doer.isEmpty()
                  || earlier.stream().anyMatch(d -> d.isEmpty() || !Collections.disjoint(d, doer)));
      if (!retold) {
        out.add(e);
      }
      earlier.add(doer);
    }
    return events.stream().filter(out::contains).toList();
  }

  private static boolean leansOnBefore(Analysis a, TimelineEvent e) {
    return SpanishSummaryLines.leansOnBefore(
        a.annotated.article().text(), a.annotated.sentence(e.evidence().sentence()));
  }

  private static DatePrecision precision(EntityMention m) {
    int len = m.normalized().replace("~", "").length();
    return len >= 10 ? DatePrecision.DAY : len >= 7 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  private static boolean describesState(Sentence s, EntityMention m) {
    for (int i = Math.max(0, m.firstToken() - 2); i < m.firstToken(); i++) {
      if (STATE_PREPOSITIONS.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // "froze his injunction until noon on Sept. 12" (R16: an order dated by its deadline): a time
    // of day between the preposition and the date keeps the date a bound.
    int i = m.firstToken() - 1;
    while (i >= 0 && TIME_OF_DAY.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
      i--;
    }
    return i < m.firstToken() - 1
        && i >= 0
        && STATE_PREPOSITIONS.contains(s.token(i).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "the ruling may be reversed on Friday", "opinions are expected in June", "could return to them,
   * perhaps after the election in November": a date of what might happen is no event (R17:
   * predictions listed as if they happened on their date). Only words before the date count, within
   * its clause; "ruled in 2019 that courts could not intervene" keeps its date.
   */
  private static boolean speculative(Sentence s, EntityMention m) {
    for (int i = m.firstToken() - 1; i >= 0 && i >= m.firstToken() - SPECULATION_REACH; i--) {
      var t = s.token(i);
      String w = t.text();
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
      boolean modal =
          t.pos().equals("MD")
              && (MIGHT.contains(w.toLowerCase(Locale.ROOT))
                  || w.equalsIgnoreCase("would") && precision(m) == DatePrecision.YEAR);
      if (modal || UNCERTAIN.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Judge Lane, who was appointed in 1998, said …", "the Act, which passed in April, …": a date in
   * a relative clause the commas open dates that clause's event, not the statement of the sentence;
   * "since 2021", "since the storms in June": a date after "since" is where a state began, not an
   * event (R18: a judge's words dated by his appointment, a present state by its first year). Only
   * words of the date's clause count: a comma, semicolon, colon or dash before the date ends the
   * search.
   */
  private static boolean otherClause(Sentence s, EntityMention m) {
    for (int i = m.firstToken() - 1; i >= 0; i--) {
      String w = s.token(i).text().toLowerCase(Locale.ROOT);
      if (CLAUSE_ENDS.contains(w)) {
        return false;
      }
      if (w.equals("since")) {
        return true;
      }
      if ((w.equals("who") || w.equals("which")) && i > 0 && s.token(i - 1).text().equals(",")) {
        return true;
      }
      if (w.equals("who") && finiteVerbAfter(s, m)) {
        // "those who trespassed … on Jan. 6, 2021, will soon be released": a clause of "who"
        // that the sentence's verb follows is part of its subject, and its date is not the date
        // of what the verb says.
        return true;
      }
    }
    return false;
  }

  /** True when a finite verb follows the date after a comma closing the date's clause. */
  private static boolean finiteVerbAfter(Sentence s, EntityMention m) {
    int i = m.lastToken() + 1;
    if (i >= s.size() || !s.token(i).text().equals(",")) {
      return false;
    }
    for (i++; i < s.size() && s.token(i).pos().startsWith("RB"); i++) {}
    if (i >= s.size()) {
      return false;
    }
    String pos = s.token(i).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "—", "–", "--");

  /** How many words before a date a modal of possibility still governs it. */
  private static final int SPECULATION_REACH = 15;

  private static final Set<String> MIGHT = Set.of("could", "may", "might");

  // "would" before a year ("would largely end those efforts this year") is a forecast of the
  // year, not an event of it (R20 read it as a past entry); before a day it is often a schedule.

  private static final Set<String> UNCERTAIN =
      Set.of("likely", "unlikely", "expected", "perhaps", "possibly", "probably");

  /** Words of a time of day that may stand between "until" and its date. */
  private static final Set<String> TIME_OF_DAY =
      Set.of(
          "noon",
          "midnight",
          "morning",
          "evening",
          "night",
          "afternoon",
          "on",
          "at",
          "a.m.",
          "p.m.",
          "et",
          "edt",
          "est",
          "pt",
          "pdt");

  /**
   * "his 2024 presidential bid": a bare year followed by a word it modifies; "the War of 1812",
   * "the Alien Enemies Act of 1798": a year that is part of a name (R15: "1812" listed as the date
   * of a statement about the Act's history).
   */
  private static boolean adjectival(Sentence s, EntityMention m) {
    if (m.lastToken() + 1 < s.size() && s.token(m.lastToken() + 1).pos().equals("POS")) {
      // "to protect the majority in next year's midterm elections" (R19: a walkout listed under
      // the year of the elections it was about): a possessive date names its noun's time.
      return true;
    }
    if (m.firstToken() != m.lastToken()) {
      // "Judge Reyes's March 3 ruling", "his March 15 ruling" (R16: an extension dated by the
      // ruling it extended): a date between a determiner and its noun names the noun's day.
      return m.isLabel(s) || determinedGerund(s, m) || beforeCommonNoun(s, m.lastToken() + 1);
    }
    if (listedYears(s, m)) {
      return true;
    }
    int i = m.firstToken();
    boolean named =
        i >= 2
            && s.token(i - 1).text().equals("of")
            && Character.isUpperCase(s.token(i - 2).text().charAt(0))
            && m.text().matches("\\d{4}");
    return named || m.isLabel(s);
  }

  /** "Morrow's March 3 ruling": the tagger reads "ruling" after a date as a verb. */
  private static boolean determinedGerund(Sentence s, EntityMention m) {
    int before = m.firstToken() - 1;
    int after = m.lastToken() + 1;
    return before >= 0
        && after < s.size()
        && Set.of("DT", "PRP$", "POS").contains(s.token(before).pos())
        && s.token(after).pos().equals("VBG");
  }

  /**
   * "the relief fund for March 9 flood victims": a lowercase common noun right after a date is the
   * noun the date modifies, unless it says the time of day ("Monday evening").
   */
  private static boolean beforeCommonNoun(Sentence s, int i) {
    if (i >= s.size()) {
      return false;
    }
    var t = s.token(i);
    return (t.pos().equals("NN") || t.pos().equals("NNS"))
        && Character.isLowerCase(t.text().charAt(0))
        && !TIME_OF_DAY.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * "the 2026, 2028 and 2030 elections": years listed before the noun they modify, none of them the
   * date of the sentence's statement (a bare year for an undated statement).
   */
  private static boolean listedYears(Sentence s, EntityMention m) {
    int i = m.lastToken() + 1;
    boolean listed = false;
    while (i < s.size()) {
      String w = s.token(i).text();
      if (w.equals(",") || w.equals("and") || w.equals("or")) {
        i++;
      } else if (w.matches("\\d{4}")) {
        listed = true;
        i++;
      } else {
        break;
      }
    }
    int before = m.firstToken() - 1;
    if (!listed
        && before >= 1
        && Set.of(",", "and", "or").contains(s.token(before).text())
        && s.token(before - 1).text().matches("\\d{4}|,")) {
      listed = true; // the last year of the list
    }
    return listed && i < s.size() && s.token(i).isNoun() && !s.token(i).isProperNoun();
  }
}
