package org.civicbrief.store.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A story as a list shows it, counting only its published articles.
 *
 * @param id the story
 * @param title the headline of its newest published article
 * @param articles how many of its articles are published
 * @param first the earliest publication date among them, if any has one
 * @param last the latest publication date among them, if any has one
 * @param updatedAt when one of them was last published
 */
public record StorySummary(
    long id,
    String title,
    int articles,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    Instant updatedAt) {

  public StorySummary {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
