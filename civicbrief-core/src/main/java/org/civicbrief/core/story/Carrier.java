package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Another outlet that carried an article: an exact or near-duplicate copy (a wire story republished
 * with small edits), kept with the original instead of as a new article.
 *
 * @param articleId the copy's own article id
 * @param outlet the outlet that published the copy
 * @param url where the copy was published, if known
 * @param published when the copy was published, if known
 * @param exact true for the same text, false for a copy with small edits
 */
public record Carrier(
    String articleId,
    String outlet,
    Optional<String> url,
    Optional<LocalDate> published,
    boolean exact) {

  public Carrier {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
  }
}
