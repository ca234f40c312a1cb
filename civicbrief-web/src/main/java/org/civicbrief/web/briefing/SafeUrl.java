package org.civicbrief.web.briefing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Vets addresses that come from articles before they become links: only absolute http and https
 * URLs with a host pass, so article metadata can never smuggle in {@code javascript:} or {@code
 * data:}.
 */
public final class SafeUrl {

  private SafeUrl() {}

  /** {@code candidate} when it is an absolute http(s) URL with a host, else empty. */
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
      String s = scheme.toLowerCase(Locale.ROOT);
      return s.equals("http") || s.equals("https") ? Optional.of(url) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
