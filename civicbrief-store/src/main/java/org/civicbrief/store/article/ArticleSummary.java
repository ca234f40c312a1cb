package org.civicbrief.store.article;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a list of articles shows, without the text.
 *
 * @param id the article id
 * @param title the headline, when the article has one
 * @param origin where it was read from
 * @param createdAt when it was stored
 */
public record ArticleSummary(long id, Optional<String> title, String origin, Instant createdAt) {

  public ArticleSummary {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
