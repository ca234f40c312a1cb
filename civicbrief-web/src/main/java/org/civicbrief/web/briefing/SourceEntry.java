package org.civicbrief.web.briefing;

import java.util.Objects;
import java.util.Optional;

/**
 * A source the article cites, or its publisher.
 *
 * @param name how the article names it
 * @param kind what kind of source it is, in a reader's words ("news outlet", "document")
 * @param url a web address for it, only ever http or https
 * @param href the article view where the article cites it, when it does
 */
public record SourceEntry(String name, String kind, Optional<String> url, Optional<String> href) {

  public SourceEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(href, "href");
  }
}
