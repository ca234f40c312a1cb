package org.civicbrief.core.story;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.civicbrief.core.article.Article;

/** Names the outlet of an article for a reader. */
public final class Outlets {

  private Outlets() {}

  /** The publisher, else the host of the canonical URL or of an http(s) origin, else the origin. */
  public static String of(Article a) {
    if (a.publisher().isPresent() && !a.publisher().get().isBlank()) {
      return a.publisher().get().strip();
    }
    Optional<String> host = a.canonicalUrl().flatMap(Outlets::host).or(() -> host(a.origin()));
    return host.orElse(a.origin());
  }

  private static Optional<String> host(String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return Optional.empty();
    }
    try {
      String h = new URI(url).getHost();
      if (h == null) {
        return Optional.empty();
      }
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
