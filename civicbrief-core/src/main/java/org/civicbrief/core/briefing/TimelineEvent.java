package org.civicbrief.core.briefing;

import java.util.Objects;

/**
 * A dated event.
 *
 * @param date ISO 8601 at the stated precision: {@code 2025-01-20}, {@code 2025-01} or {@code 2025}
 * @param precision day, month or year
 * @param approximate true when the date was resolved from a relative or partial expression ("late
 *     January", "last week") against the publication date or the surrounding text
 * @param dateText the date expression as written
 * @param text what happened: the source sentence, possibly shortened at its edges
 * @param evidence the span {@code text} came from
 * @param dateEvidence the span of the date expression
 */
public record TimelineEvent(
    String date,
    DatePrecision precision,
    boolean approximate,
    String dateText,
    String text,
    Evidence evidence,
    Evidence dateEvidence) {

  public TimelineEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(dateEvidence, "dateEvidence");
  }

  /**
   * A weekday the article names ("Tuesday", "on Friday night", "last Monday"): the article's date
   * and the sentence's tense fix the day as a reader of the paper that day would, so the timeline
   * shows it without "(approx.)" (R21b: "(approx.)" on exactly known weekdays).
   */
  static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile(
          "(?i)((on|last|this|next) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "( (morning|afternoon|evening|night))?");

  /** True when the article gives this event's day only by its weekday name. */
  public boolean namedWeekday() {
    return WEEKDAY.matcher(dateText.strip()).matches();
  }
}
