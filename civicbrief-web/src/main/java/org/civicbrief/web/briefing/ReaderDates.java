package org.civicbrief.web.briefing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.DatePrecision;

/** Dates as a reader reads them, at the precision the article states them, in English. */
public final class ReaderDates {

  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private ReaderDates() {}

  /** "March 3, 2026". */
  public static String day(LocalDate date) {
    return date.format(DAY);
  }

  /** "March 3, 2026", "March 2026" or "2026"; the input when it does not parse. */
  public static String human(String isoDate, DatePrecision precision) {
    try {
      return switch (precision) {
        case DAY -> LocalDate.parse(isoDate).format(DAY);
        case MONTH -> YearMonth.parse(isoDate).format(MONTH);
        case YEAR -> isoDate;
      };
    } catch (DateTimeException e) {
      return isoDate;
    }
  }

  /** The ISO date for a {@code datetime} attribute, when {@code isoDate} is one. */
  public static Optional<String> machine(String isoDate) {
    return ISO.matcher(isoDate).matches() ? Optional.of(isoDate) : Optional.empty();
  }
}
