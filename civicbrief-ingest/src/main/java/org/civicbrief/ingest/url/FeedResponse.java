package org.civicbrief.ingest.url;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.article.RawDocument;

/** What a conditional request for a feed brought back. */
public sealed interface FeedResponse {

  /**
   * The feed has not changed since the validators we sent (HTTP 304).
   *
   * @param etag the validator to send next time (the server may send a new one)
   * @param lastModified the date to send next time
   */
  record NotModified(Optional<String> etag, Optional<String> lastModified) implements FeedResponse {
    public NotModified {
      Objects.requireNonNull(etag, "etag");
      Objects.requireNonNull(lastModified, "lastModified");
    }
  }

  /**
   * The feed's current content.
   *
   * @param document the bytes and where they came from
   * @param etag the validator to send next time, if the server gave one
   * @param lastModified the date to send next time, if the server gave one
   */
  record Fetched(RawDocument document, Optional<String> etag, Optional<String> lastModified)
      implements FeedResponse {
    public Fetched {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(etag, "etag");
      Objects.requireNonNull(lastModified, "lastModified");
    }
  }
}
