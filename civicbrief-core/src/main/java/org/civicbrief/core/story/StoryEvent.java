package org.civicbrief.core.story;

import java.util.List;
import java.util.Objects;
import org.civicbrief.core.briefing.DatePrecision;

/**
 * A dated event of a story's timeline, merged from every article that reported it.
 *
 * @param date ISO 8601 at the stated precision ({@code 2025-01-20}, {@code 2025-01}, {@code 2025})
 * @param precision day, month or year: the most precise any report gives
 * @param approximate true when every report resolved the date from a relative or partial expression
 * @param text what happened, as the first report (by publication date) words it
 * @param evidence where {@code text} came from
 * @param reports every report of the event, first report first
 * @param outlets every outlet that reported it, in the order of {@code reports}, carriers included
 */
public record StoryEvent(
    String date,
    DatePrecision precision,
    boolean approximate,
    String text,
    StoryEvidence evidence,
    List<StoryEvidence> reports,
    List<String> outlets) {

  public StoryEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    reports = List.copyOf(reports);
    outlets = List.copyOf(outlets);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one report: " + text);
    }
  }
}
