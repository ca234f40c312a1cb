package org.civicbrief.store.briefing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.briefing.Briefing;

/**
 * A briefing as stored.
 *
 * @param id the briefing id
 * @param articleId the article it briefs
 * @param briefing the briefing, with the newest quiz stored for it
 * @param state where it is in review
 * @param createdAt when it was stored
 * @param updatedAt when its state last changed
 * @param publishedAt when it was first published; kept when it is unpublished
 * @param storyId the story it belongs to, once stories exist
 */
public record StoredBriefing(
    long id,
    long articleId,
    Briefing briefing,
    ReviewState state,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> publishedAt,
    Optional<Long> storyId) {

  public StoredBriefing {
    Objects.requireNonNull(briefing, "briefing");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(storyId, "storyId");
  }
}
