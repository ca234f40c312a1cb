package org.civicbrief.ingest.html;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.ingest.extract.Imprint;

/**
 * What a page says about itself in its head, JSON-LD and markup.
 *
 * @param title the headline, or empty
 * @param imprint the authors, the site name, the dates and the canonical http(s) URL
 * @param language the primary subtag of {@code <html lang>}, or empty
 * @param articleBody the JSON-LD articleBody, used when the markup holds less text, or empty
 * @param looksPaywalled true when the page carries paywall markers
 */
record HtmlMetadata(
    Optional<String> title,
    Imprint imprint,
    Optional<String> language,
    Optional<String> articleBody,
    boolean looksPaywalled) {

  HtmlMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(imprint, "imprint");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(articleBody, "articleBody");
  }
}
