package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * Builds the dated events of an article: each body sentence with a resolved date outside quotations
 * becomes one event, dated by its most precise date. Dates that describe a state rather than an
 * event ("until late 2024", "prior to 2025", "through 2030") and years used as adjectives ("his
 * 2024 presidential bid") or in names ("the War of 1812") are not events.
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
    return a.spanish() ? firstTellings(out) : out;
  }

  /**
   * A Spanish story tells its day's event in the lead and again in the body, each time by its
   * weekday ("bloqueó el viernes … dictaminó el viernes"), and a coming year's change twice ("a
   * partir de 2026 … en las elecciones de 2026"): a date read from a weekday or a bare year is one
   * entry, its first telling (ADR 21). A date the article writes out ("el 3 de agosto") dates each
   * of its events.
   */
  private static List<TimelineEvent> firstTellings(List<TimelineEvent> events) {
    List<TimelineEvent> out = new ArrayList<>();
    Set<String> told = new java.util.HashSet<>();
    for (TimelineEvent e : events) {
      boolean loose = e.approximate() || e.precision() == DatePrecision.YEAR;
      if (!loose || told.add(e.date())) {
        out.add(e);
      }
    }
    return out;
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
    return false;
  }

  /**
   * "his 2024 presidential bid": a bare year followed by a word it modifies; "the War of 1812",
   * "the Alien Enemies Act of 1798": a year that is part of a name (R15: "1812" listed as the date
   * of a statement about the Act's history).
   */
  private static boolean adjectival(Sentence s, EntityMention m) {
    if (m.firstToken() != m.lastToken()) {
      return false;
    }
    int i = m.firstToken();
    boolean named =
        i >= 2
            && s.token(i - 1).text().equals("of")
            && Character.isUpperCase(s.token(i - 2).text().charAt(0))
            && m.text().matches("\\d{4}");
    return named || m.isLabel(s);
  }
}
