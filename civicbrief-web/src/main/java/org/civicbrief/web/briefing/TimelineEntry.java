package org.civicbrief.web.briefing;

import java.util.Objects;
import java.util.Optional;

/**
 * A dated event on the page.
 *
 * @param date the date as a reader reads it ("March 3, 2026", "March 2026")
 * @param machineDate the ISO date for the {@code datetime} attribute, when it is one
 * @param approximate how the date was worked out, when the article gave it only roughly
 * @param text what happened
 * @param href the article view at the event
 */
public record TimelineEntry(
    String date,
    Optional<String> machineDate,
    Optional<String> approximate,
    String text,
    String href) {

  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(machineDate, "machineDate");
    Objects.requireNonNull(approximate, "approximate");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(href, "href");
  }
}
