package org.civicbrief.core.civic;

import java.net.URI;
import java.net.URISyntaxException;

/** The one check every link a card carries must pass: an absolute https address with a host. */
final class Https {

  private Https() {}

  static boolean isHttps(String url) {
    try {
      URI uri = new URI(url);
      return "https".equals(uri.getScheme()) && uri.getHost() != null && !url.contains(" ");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
