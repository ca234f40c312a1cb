package org.civicbrief.core.civic;

import java.util.Objects;

/**
 * A congressional committee with jurisdiction over a concept, for readers who want to follow its
 * hearings and votes.
 *
 * @param name the committee's official name, such as {@code Senate Committee on Foreign Relations}
 * @param url the committee's official {@code https} site
 */
public record Committee(String name, String url) {

  public Committee {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    if (name.isBlank()) {
      throw new IllegalArgumentException("committee name is blank");
    }
    if (!Https.isHttps(url)) {
      throw new IllegalArgumentException("committee url must be an https address: " + url);
    }
  }
}
