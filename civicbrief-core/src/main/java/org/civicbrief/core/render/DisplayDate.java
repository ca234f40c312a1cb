package org.civicbrief.core.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.DatePrecision;

/** Dates as a reader sees them, at the precision the article states them. */
final class DisplayDate {

  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private DisplayDate() {}

  /**
   * The value for a {@code datetime} attribute: the ISO date when it is one ({@code 2025}, {@code
   * 2025-01} and {@code 2025-01-20} all are), else empty.
   */
  static Optional<String> machine(String isoDate) {
    return ISO.matcher(isoDate).matches() ? Optional.of(isoDate) : Optional.empty();
  }

  /**
   * "January 20, 2025", "January 2025" or "2025" in the article's language; the input if
   * unreadable.
   */
  static String human(String isoDate, DatePrecision precision, Locale locale) {
    try {
      return switch (precision) {
        case DAY ->
            LocalDate.parse(isoDate)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        case MONTH ->
            YearMonth.parse(isoDate).format(DateTimeFormatter.ofPattern("MMMM uuuu", locale));
        case YEAR -> isoDate;
      };
    } catch (DateTimeException e) {
      return isoDate;
    }
  }

  /** A publication date as {@link #human} shows it. */
  static String human(LocalDate date, Locale locale) {
    return human(date.toString(), DatePrecision.DAY, locale);
  }
}
