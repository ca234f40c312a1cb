package org.civicbrief.core.civic;

import java.util.Objects;

/**
 * The primary text a card rests on: the statute, constitutional clause, treaty article or official
 * page a reader can open to check it.
 *
 * @param title what the source is, such as {@code 50 U.S.C. § 1541–1548 (War Powers Resolution)}
 * @param url an official {@code https} address of the text
 */
public record PrimarySource(String title, String url) {

  public PrimarySource {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    if (title.isBlank()) {
      throw new IllegalArgumentException("source title is blank");
    }
    if (!Https.isHttps(url)) {
      throw new IllegalArgumentException("source url must be an https address: " + url);
    }
  }
}
