package org.civicbrief.ingest.feed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed as read: its title and its entries in the order the feed lists them.
 *
 * @param format what it was: {@code rss_2.0}, {@code atom_1.0}, {@code json-feed} and so on
 * @param title the feed's title, if it has one
 * @param entries its entries
 */
public record ParsedFeed(String format, Optional<String> title, List<FeedEntry> entries) {

  public ParsedFeed {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    entries = List.copyOf(entries);
  }
}
