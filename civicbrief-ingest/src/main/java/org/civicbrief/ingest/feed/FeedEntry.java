package org.civicbrief.ingest.feed;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed.
 *
 * @param key what identifies the entry across polls: its id or guid, else its link
 * @param title its title, if it has one
 * @param link the address of the article, if it has one
 * @param published when it was published (or last updated), if the feed says
 */
public record FeedEntry(
    String key, Optional<String> title, Optional<String> link, Optional<LocalDate> published) {

  public FeedEntry {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("a feed entry needs a key");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(published, "published");
  }
}
