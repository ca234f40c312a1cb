package org.civicbrief.store.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed subscription and the state of its polling.
 *
 * @param id the subscription id
 * @param url the feed's address
 * @param title the feed's own title, once a poll has read it
 * @param etag the validator the feed last sent, repeated as {@code If-None-Match}
 * @param lastModified the date the feed last sent, repeated as {@code If-Modified-Since}
 * @param createdAt when the feed was added
 * @param polledAt when it was last polled
 * @param succeededAt when a poll last succeeded (a 304 counts)
 * @param lastError why the last poll failed; empty once a poll succeeds
 * @param failures how many polls in a row have failed, which lengthens the wait before the next
 * @param nextPollAt when it is polled next
 * @param entries how many of its entries have been seen
 */
public record Feed(
    long id,
    String url,
    Optional<String> title,
    Optional<String> etag,
    Optional<String> lastModified,
    Instant createdAt,
    Optional<Instant> polledAt,
    Optional<Instant> succeededAt,
    Optional<String> lastError,
    int failures,
    Instant nextPollAt,
    long entries) {

  public Feed {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(polledAt, "polledAt");
    Objects.requireNonNull(succeededAt, "succeededAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextPollAt, "nextPollAt");
  }
}
