package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Spanish dates that do not date their sentence's event (R-es2: "wrong timeline dates"; ADR 21). A
 * date after "de"/"del" that completes a noun names a thing ("la orden del 5 de agosto", "el censo
 * de 2030", "las elecciones intermedias de 2026", "la Ley Posse Comitatus de 1878"): the sentence
 * tells of what happens to it, on another day. A week ("esta semana", "la semana pasada") is
 * neither a day nor a month, and as its month it sorts before the month's dated events. Spanish
 * only; English has its own rules.
 */
final class SpanishTimelineDates {

  /**
   * Nouns of time before "de": "a principios de 2025", "la noche del 5 de agosto" date events, as
   * does "a partir de 2026" (the tagger reads "partir" as a noun there).
   */
  private static final Set<String> TIME_NOUNS =
      Set.of(
          "principios",
          "mediados",
          "finales",
          "fines",
          "comienzos",
          "inicios",
          "fin",
          "partir",
          "noche",
          "mañana",
          "tarde",
          "madrugada",
          "día",
          "jornada",
          "semana",
          "mes",
          "año",
          "fecha",
          "primavera",
          "verano",
          "otoño",
          "invierno");

  /**
   * A day the article names by its weekday or by its day and month ("el jueves", "el pasado
   * jueves", "el 20 de enero"), or a month it names alone ("en marzo"): only the week or the year
   * is read from the publication date and the sentence's tense, not the day.
   */
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?i)(?:(?:el|este|esta|del)(?: mism[oa])? )?(?:(?:pasado|próximo) )?"
              + "(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?: (?:pasado|próximo))?"
              + "|\\d{1,2}(?:º|°)? de \\p{L}+"
              + "|(?:en|desde|hasta|para) \\p{L}+");

  private SpanishTimelineDates() {}

  /**
   * {@code events} with the days and months the article names shown as exact (R-es3: single
   * "(aprox.)" entries for "el jueves"): the tense and the article's date fix the week or the year
   * as the writer meant it, as a reader of the paper that day would. "A finales de enero", "hace
   * tres meses", "este año" stay approximate.
   */
  static List<TimelineEvent> namedDaysExact(List<TimelineEvent> events) {
    return namedDaysExact(events, NAMED_DAY);
  }

  /** {@code events} with the dates whose text {@code named} matches shown as exact. */
  static List<TimelineEvent> namedDaysExact(List<TimelineEvent> events, Pattern namedDay) {
    List<TimelineEvent> out = new ArrayList<>();
    for (TimelineEvent e : events) {
      boolean named =
          e.approximate()
              && e.precision() != DatePrecision.YEAR
              && namedDay.matcher(e.dateText().strip()).matches();
      out.add(
          named
              ? new TimelineEvent(
                  e.date(),
                  e.precision(),
                  false,
                  e.dateText(),
                  e.text(),
                  e.evidence(),
                  e.dateEvidence())
              : e);
    }
    return out;
  }

  /**
   * Who does what a date in {@code s} (at character {@code dateStart}) dates, as lower-cased words:
   * the head noun of the subject before the verb nearest before the date, the names of the persons
   * in it and the title just before each name. "El juez estadounidense Leo Sorokin, en Boston,
   * dictaminó el viernes" gives juez, leo, sorokin; "después de que un juez federal fallara el
   * martes" gives juez; "una jueza de Valle Alto rechazó" gives jueza, not the place. Empty when
   * the verb has no subject of its own before it (Spanish may leave it to the sentence before).
   */
  static Set<String> doer(Sentence s, int dateStart) {
    int date = 0;
    while (date < s.size() && s.token(date).end() <= dateStart) {
      date++;
    }
    int verb = date - 1;
    while (verb >= 0 && !s.token(verb).pos().startsWith("VB")) {
      if (CLAUSE_ENDS.contains(s.token(verb).text())) {
        return Set.of();
      }
      verb--;
    }
    Set<String> doer = new java.util.TreeSet<>();
    int end = verb - 1;
    // "Sorokin, en Boston, dictaminó": a place or time between commas is no part of the subject;
    // "La alcaldesa, Inés Vidal, ordenó": a name between commas is.
    if (end >= 0 && s.token(end).text().equals(",")) {
      int open = end - 1;
      while (open >= 0 && !s.token(open).text().equals(",")) {
        open--;
      }
      if (open >= 0 && isPerson(s.token(open + 1))) {
        names(s, open + 1, end - 1, doer);
      }
      end = open - 1;
    }
    int start = end + 1;
    while (start - 1 >= 0 && inSubject(s.token(start - 1))) {
      start--;
    }
    for (int i = start; i <= end; i++) {
      if (s.token(i).isNoun()) {
        doer.add(s.token(i).text().toLowerCase(Locale.ROOT));
        break;
      }
    }
    names(s, start, end, doer);
    return doer;
  }

  /** Adds the words of the persons named in tokens {@code from..to}, and each one's title. */
  private static void names(Sentence s, int from, int to, Set<String> out) {
    for (int i = Math.max(0, from); i <= to; i++) {
      if (!isPerson(s.token(i))) {
        continue;
      }
      out.add(s.token(i).text().toLowerCase(Locale.ROOT));
      if (i > from && !isPerson(s.token(i - 1)) && s.token(i - 1).isNoun()) {
        out.add(s.token(i - 1).text().toLowerCase(Locale.ROOT));
      }
    }
  }

  private static boolean isPerson(Token t) {
    return "PERSON".equals(t.ner());
  }

  /** A word of a subject read backwards from its verb: nouns, adjectives and "de" complements. */
  private static boolean inSubject(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return !SUBJECT_STOPS.contains(w)
        && !t.pos().startsWith("DT")
        && (t.isNoun() || t.pos().startsWith("JJ") || w.equals("de") || w.equals("del"));
  }

  /** Marks that end the clause a date is in, read backwards. */
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ".", "“", "”", "«", "»");

  /** Words that end a subject read backwards from its verb. */
  private static final Set<String> SUBJECT_STOPS =
      Set.of(",", ";", ":", "que", "quien", "quienes", "el", "la", "los", "las", "un", "una", "y");

  /** True when mention {@code m} of sentence {@code s} dates no event of the sentence. */
  static boolean datesNoEvent(Sentence s, EntityMention m) {
    return m.text().toLowerCase(Locale.ROOT).matches(".*\\bsemanas?\\b.*") || namesAThing(s, m);
  }

  private static boolean namesAThing(Sentence s, EntityMention m) {
    int i = m.firstToken() - 1;
    if (i < 1) {
      return false;
    }
    String de = s.token(i).text().toLowerCase(Locale.ROOT);
    if (!de.equals("de") && !de.equals("del")) {
      return false;
    }
    Token head = s.token(i - 1);
    // "la Ley Posse Comitatus de 1878" is a name, as "the War of 1812" is in English.
    return (head.isNoun() || head.pos().startsWith("JJ"))
        && !TIME_NOUNS.contains(head.text().toLowerCase(Locale.ROOT));
  }
}
