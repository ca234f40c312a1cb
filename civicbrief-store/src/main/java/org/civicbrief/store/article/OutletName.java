package org.civicbrief.store.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.civicbrief.core.article.Article;

/** Names the outlet of a carried copy the way the story page names an article's outlet. */
final class OutletName {

  private OutletName() {}

  /** The publisher, else the host of the canonical URL or of an http(s) origin, else the origin. */
  static String of(Article a) {
    if (a.publisher().isPresent() && !a.publisher().get().isBlank()) {
      return a.publisher().get().strip();
    }
    return a.canonicalUrl().flatMap(OutletName::host).or(() -> host(a.origin())).orElse(a.origin());
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
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
