package org.civicbrief.core.civic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a card's text tells of a time after an article's date. A card is written once and read
 * beside stories of every year: "decided in June 2025" shown beside an April 2025 story tells the
 * reader the future, so neither the briefing nor the quiz shows such a sentence there.
 */
public final class CardDates {

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final Pattern FULL_DATE =
      Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2}), (\\d{4})\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ") (\\d{4})\\b");

  /** A year told as past: "in 2025", "since 2019", not "through the 2030 elections". */
  private static final Pattern YEAR =
      Pattern.compile("\\b(?:[Ii]n|[Ss]ince) (1[89]\\d\\d|20\\d\\d)(?![\\d-])");

  private CardDates() {}

  /**
   * True when {@code text} states a date after {@code published}: a full date after it, a month
   * that begins after it, or a year after its year told as past ("in 2025").
   */
  public static boolean describesLater(String text, LocalDate published) {
    Matcher m = FULL_DATE.matcher(text);
    while (m.find()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(3)),
                Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                Integer.parseInt(m.group(2)));
        if (d.isAfter(published)) {
          return true;
        }
      } catch (DateTimeException e) {
        // "February 30": no date, nothing said about time
      }
    }
    Matcher my = MONTH_YEAR.matcher(text);
    while (my.find()) {
      LocalDate first =
          LocalDate.of(
              Integer.parseInt(my.group(2)),
              Month.valueOf(my.group(1).toUpperCase(Locale.ROOT)),
              1);
      if (first.isAfter(published)) {
        return true;
      }
    }
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      if (Integer.parseInt(y.group(1)) > published.getYear()) {
        return true;
      }
    }
    return false;
  }
}
