package org.civicbrief.store.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search.
 *
 * @param text words to find in headlines, summaries, facts and article text; quotes make a phrase,
 *     {@code -word} excludes, {@code word*} is a prefix; blank lists everything, newest first
 * @param actor only briefings with an actor of exactly this name or alias (case does not matter)
 * @param from only briefings dated on or after this day (see {@link SearchHit#date()})
 * @param to only briefings dated on or before this day
 * @param offset how many hits to skip, for paging (0 to 10,000)
 * @param limit how many hits to return (1 to 100)
 */
public record SearchQuery(
    String text,
    Optional<String> actor,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int offset,
    int limit) {

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (offset < 0 || offset > 10_000) {
      throw new IllegalArgumentException("offset must be between 0 and 10000, got " + offset);
    }
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit must be between 1 and 100, got " + limit);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("the date range ends before it starts");
    }
  }

  /** The first ten hits for {@code text}, without filters. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), 0, 10);
  }

  /** A copy that keeps only briefings with this actor. */
  public SearchQuery withActor(String name) {
    return new SearchQuery(text, Optional.of(name), from, to, offset, limit);
  }

  /** A copy that keeps only briefings dated in {@code [first, last]}. */
  public SearchQuery between(LocalDate first, LocalDate last) {
    return new SearchQuery(text, actor, Optional.of(first), Optional.of(last), offset, limit);
  }
}
