package org.civicbrief.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the calendar date from the ISO dates and date-times that pages and records carry. */
public final class ParseDate {

  // The date is read as written: 2024-03-05T23:30-05:00 was published on the 5th where it was
  // written,
  // even though it was already the 6th in UTC.
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})([Tt ]\\d{2}:\\d{2}(:\\d{2}([.,]\\d+)?)?\\s*(Z|z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5})?)?");

  private ParseDate() {}

  /**
   * The date in {@code value}, or empty when it is not an ISO date, an ISO date-time or an RFC 1123
   * date.
   */
  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    var iso = ISO.matcher(v);
    try {
      if (iso.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      }
      return Optional.of(
          ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
