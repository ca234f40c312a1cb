package org.civicbrief.store.article;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.article.Article;

/**
 * An article as stored.
 *
 * @param id the article id
 * @param article the extracted text and metadata
 * @param contentHash see {@link ContentHash}
 * @param submittedBy the user who submitted it, when a user did
 * @param createdAt when it was stored
 * @param storyId the story it belongs to, once stories exist
 */
public record StoredArticle(
    long id,
    Article article,
    String contentHash,
    Optional<Long> submittedBy,
    Instant createdAt,
    Optional<Long> storyId) {

  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(storyId, "storyId");
  }
}
