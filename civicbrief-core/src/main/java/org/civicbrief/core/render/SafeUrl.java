package org.civicbrief.core.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Vets link targets that come from article metadata before a renderer turns them into links. */
public final class SafeUrl {

  private SafeUrl() {}

  /**
   * The URL when it is an absolute http or https URL with a host; anything else ({@code
   * javascript:}, {@code data:}, relative or malformed) is refused so that article metadata can
   * never run code.
   */
  public static Optional<String> http(String candidate) {
    String url = candidate.strip();
    if (url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? Optional.of(url) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
