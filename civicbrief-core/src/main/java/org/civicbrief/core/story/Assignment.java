package org.civicbrief.core.story;

import java.util.List;
import java.util.Objects;

/**
 * Where an article went.
 *
 * @param articleId the article
 * @param storyId the story it belongs to now
 * @param started true when the article started a new story
 * @param score the score against the story it joined (0 for a new story)
 * @param merged stories that converged and were merged into {@code storyId} because of this article
 * @param candidates how many stories the index proposed
 * @param scored how many of them passed the embedding gate and were scored
 */
public record Assignment(
    String articleId,
    long storyId,
    boolean started,
    double score,
    List<Long> merged,
    int candidates,
    int scored) {

  public Assignment {
    Objects.requireNonNull(articleId, "articleId");
    merged = List.copyOf(merged);
  }
}
