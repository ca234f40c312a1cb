package org.civicbrief.ingest.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who wrote and published an article, when and where, as its source states it; every format reader
 * finds these the same way it finds the title, and they pass unchanged into the {@code Article}.
 *
 * @param byline the author line, or empty
 * @param publisher the outlet or site name, or empty
 * @param published the publication date, or empty
 * @param updated the last-updated date, or empty
 * @param canonicalUrl the canonical URL, or empty
 */
public record Imprint(
    Optional<String> byline,
    Optional<String> publisher,
    Optional<LocalDate> published,
    Optional<LocalDate> updated,
    Optional<String> canonicalUrl) {

  /** A source that states none of these. */
  public static final Imprint NONE =
      new Imprint(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Imprint {
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
  }
}
