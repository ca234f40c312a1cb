package org.civicbrief.core.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date expressions of Spanish news (ADR 21): "el 20 de enero de 2025", "el 20 de enero", "en
 * enero de 2025", "a finales de enero", bare years, "el jueves", "el pasado jueves", "el próximo
 * lunes", "ayer", "la semana pasada", "hace tres meses". They resolve against the publication date
 * as {@link RecognizeDates} resolves English ones: a day without a year is the latest such day not
 * after publication unless the sentence speaks of what is ahead, and a weekday is the latest one
 * before publication unless it is "próximo".
 */
final class RecognizeSpanishDates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("enero", 1),
          Map.entry("febrero", 2),
          Map.entry("marzo", 3),
          Map.entry("abril", 4),
          Map.entry("mayo", 5),
          Map.entry("junio", 6),
          Map.entry("julio", 7),
          Map.entry("agosto", 8),
          Map.entry("septiembre", 9),
          Map.entry("setiembre", 9),
          Map.entry("octubre", 10),
          Map.entry("noviembre", 11),
          Map.entry("diciembre", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "lunes", DayOfWeek.MONDAY,
          "martes", DayOfWeek.TUESDAY,
          "miércoles", DayOfWeek.WEDNESDAY,
          "jueves", DayOfWeek.THURSDAY,
          "viernes", DayOfWeek.FRIDAY,
          "sábado", DayOfWeek.SATURDAY,
          "domingo", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> COUNTS =
      Map.ofEntries(
          Map.entry("un", 1),
          Map.entry("una", 1),
          Map.entry("dos", 2),
          Map.entry("tres", 3),
          Map.entry("cuatro", 4),
          Map.entry("cinco", 5),
          Map.entry("seis", 6),
          Map.entry("siete", 7),
          Map.entry("ocho", 8),
          Map.entry("nueve", 9),
          Map.entry("diez", 10),
          Map.entry("once", 11),
          Map.entry("doce", 12));

  private static final String MONTH =
      "(?i:(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
          + "noviembre|diciembre))";
  private static final String QUALIFIER =
      "(?:(?i:(a (?:principios|mediados|finales|fines) de|principios de|mediados de|finales de|"
          + "fines de))\\s)?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:º|°)? de " + MONTH + "(?: de|,)? (\\d{4})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:º|°)? de " + MONTH + "\\b(?! (?:de |del )?\\d{4})");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + QUALIFIER + MONTH + "(?: de| del)? (\\d{4})\\b");
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          "\\b(?i:(en|desde|hasta|para|a (?:principios|mediados|finales|fines) de|"
              + "(?:el )?(?:pasado|próximo) mes de))\\s"
              + MONTH
              + "\\b(?! (?:de |del )?\\d{4})");
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,$])\\b(1[89]\\d{2}|20\\d{2})\\b(?![\\d]|[.,]\\d)");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?i:(?:(el|este|esta)(?: mism[oa])? )?(?:(pasado|próximo) )?)"
              + "(?i:(lunes|martes|miércoles|jueves|viernes|sábado|domingo))\\b"
              + "(?:\\s(?i:(pasado|próximo)))?");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(?i:(ayer|anteayer|hoy)|(?:la|el) (semana|mes|año) (pasad[oa]|próxim[oa])|"
              + "(?:la|el) (próxima|pasada|próximo|pasado) (semana|mes|año)|(?:este|esta) "
              + "(semana|mes|año)|hace (un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
              + "once|doce|\\d{1,2}) (días?|semanas?|mes|meses|años?))\\b");

  /** Future tense and the words of what is ahead, before a date without a year. */
  private static final Pattern AHEAD =
      Pattern.compile(
          "(?i)(?<!\\p{L})(\\p{L}{3,}(?:rá|rán)|prevista|previsto|programad[oa]|hasta|"
              + "a partir del?|próxim[oa]|plazo)(?!\\p{L})");

  /** Every date expression in {@code text}, in text order, without overlaps. */
  List<DateExpression> find(String text, Optional<LocalDate> published) {
    List<DateExpression> found = new ArrayList<>();
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(
          found,
          m,
          day(toInt(m.group(3)), MONTHS.get(lower(m.group(2))), toInt(m.group(1))),
          false);
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      int month = MONTHS.get(lower(m.group(2)));
      int dayOfMonth = toInt(m.group(1));
      if (published.isEmpty()) {
        found.add(new DateExpression(m.start(), m.end(), "", true));
        continue;
      }
      LocalDate p = published.get();
      int year = month <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
      if (ahead(text, m.start())) {
        LocalDate thisYear =
            LocalDate.of(
                p.getYear(),
                month,
                Math.min(dayOfMonth, YearMonth.of(p.getYear(), month).lengthOfMonth()));
        year = thisYear.isBefore(p) ? p.getYear() + 1 : p.getYear();
      }
      add(found, m, day(year, month, dayOfMonth), true);
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      YearMonth ym = YearMonth.of(toInt(m.group(3)), MONTHS.get(lower(m.group(2))));
      found.add(new DateExpression(m.start(), m.end(), ym.toString(), m.group(1) != null));
    }
    m = MONTH_ALONE.matcher(text);
    while (m.find()) {
      int month = MONTHS.get(lower(m.group(2)));
      String value = "";
      if (published.isPresent()) {
        LocalDate p = published.get();
        boolean next = lower(m.group(1)).contains("próximo") || ahead(text, m.start());
        int y =
            next
                ? p.getYear() + (month <= p.getMonthValue() ? 1 : 0)
                : month <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        value = YearMonth.of(y, month).toString();
      }
      found.add(new DateExpression(m.start(1), m.end(), value, true));
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      found.add(new DateExpression(m.start(), m.end(), m.group(1), false));
    }
    m = WEEKDAY.matcher(text);
    while (m.find()) {
      if (m.group(1) == null && m.group(2) == null && m.group(4) == null) {
        continue; // a bare weekday name with no article is a name ("Jueves Santo"), not a date
      }
      found.add(weekday(m, published, ahead(text, m.start())));
    }
    m = RELATIVE.matcher(text);
    while (m.find()) {
      found.add(relative(m, published));
    }
    found.sort(
        Comparator.comparingInt(DateExpression::start)
            .thenComparingInt(d -> -(d.end() - d.start())));
    List<DateExpression> out = new ArrayList<>();
    int lastEnd = -1;
    for (DateExpression d : found) {
      if (d.start() >= lastEnd) {
        out.add(d);
        lastEnd = d.end();
      }
    }
    return out;
  }

  private static void add(List<DateExpression> out, Matcher m, LocalDate d, boolean approximate) {
    if (d != null) {
      out.add(new DateExpression(m.start(), m.end(), d.toString(), approximate));
    }
  }

  private static LocalDate day(int year, int month, int day) {
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** True when the sentence, up to {@code start}, speaks of what is ahead. */
  static boolean ahead(String text, int start) {
    int from = start;
    while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return AHEAD.matcher(text.substring(Math.max(from, start - 60), start)).find();
  }

  private static DateExpression weekday(Matcher m, Optional<LocalDate> published, boolean ahead) {
    if (published.isEmpty()) {
      return new DateExpression(m.start(), m.end(), "", true);
    }
    LocalDate p = published.get();
    DayOfWeek target = WEEKDAYS.get(lower(m.group(3)));
    String lead = lower(m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : "");
    int diff = target.getValue() - p.getDayOfWeek().getValue();
    LocalDate d;
    if (lead.equals("próximo") || (ahead && !lead.equals("pasado"))) {
      d = p.plusDays(diff <= 0 ? diff + 7 : diff);
    } else if (diff == 0) {
      d = lead.equals("pasado") ? p.minusDays(7) : p;
    } else {
      d = p.minusDays(diff > 0 ? 7 - diff : -diff);
    }
    return new DateExpression(m.start(), m.end(), d.toString(), true);
  }

  private static DateExpression relative(Matcher m, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return new DateExpression(m.start(), m.end(), "", true);
    }
    LocalDate p = published.get();
    String value;
    if (m.group(1) != null) {
      value =
          switch (lower(m.group(1))) {
            case "ayer" -> p.minusDays(1).toString();
            case "anteayer" -> p.minusDays(2).toString();
            default -> p.toString();
          };
    } else if (m.group(7) != null) {
      int n = COUNTS.getOrDefault(lower(m.group(7)), -1);
      n = n < 0 ? toInt(m.group(7)) : n;
      value = shifted(p, lower(m.group(8)), -n);
    } else {
      String unit = m.group(2) != null ? m.group(2) : m.group(5) != null ? m.group(5) : m.group(6);
      String when = lower(m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "");
      int shift = when.startsWith("pasad") ? -1 : when.startsWith("próxim") ? 1 : 0;
      value = shifted(p, lower(unit), shift);
    }
    return new DateExpression(m.start(), m.end(), value, true);
  }

  private static String shifted(LocalDate p, String unit, int n) {
    if (unit.startsWith("día")) {
      return p.plusDays(n).toString();
    }
    if (unit.startsWith("semana")) {
      return YearMonth.from(p.plusWeeks(n)).toString();
    }
    if (unit.startsWith("mes")) {
      return YearMonth.from(p.plusMonths(n)).toString();
    }
    return Integer.toString(p.getYear() + n);
  }

  private static int toInt(String digits) {
    return Integer.parseInt(digits);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
