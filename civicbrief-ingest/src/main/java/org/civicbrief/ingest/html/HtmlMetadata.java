package org.civicbrief.ingest.html;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about itself in its head, JSON-LD and markup.
 *
 * @param title the headline, or empty
 * @param byline the authors, or empty
 * @param publisher the site name, or empty
 * @param published the publication date, or empty
 * @param updated the last-updated date, or empty
 * @param canonicalUrl the canonical http(s) URL, or empty
 * @param language the primary subtag of {@code <html lang>}, or empty
 * @param articleBody the JSON-LD articleBody, used when the markup holds less text, or empty
 * @param looksPaywalled true when the page carries paywall markers
 */
record HtmlMetadata(
    Optional<String> title,
    Optional<String> byline,
    Optional<String> publisher,
    Optional<LocalDate> published,
    Optional<LocalDate> updated,
    Optional<String> canonicalUrl,
    Optional<String> language,
    Optional<String> articleBody,
    boolean looksPaywalled) {

  HtmlMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(articleBody, "articleBody");
  }
}
