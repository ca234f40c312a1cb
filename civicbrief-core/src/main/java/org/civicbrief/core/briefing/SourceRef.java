package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source the article cites, or the article's own publisher.
 *
 * @param name how the article names it ("U.S. defense officials", "NBC News", "an executive order")
 * @param kind what kind of source it is
 * @param url a link, for the publisher's own article when known
 * @param evidence where the article cites it; empty only for the publisher when it is known from
 *     metadata alone
 */
public record SourceRef(
    String name, SourceKind kind, Optional<String> url, List<Evidence> evidence) {

  public SourceRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    evidence = List.copyOf(evidence);
  }
}
