package org.civicbrief.store.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What lists, review queues and feeds show of a briefing, without its document.
 *
 * @param id the briefing id
 * @param articleId the article it briefs
 * @param headline the headline
 * @param dek the sentence under the headline (an Atom entry's summary)
 * @param pipelineVersion the version of the pipeline that made it
 * @param state where it is in review
 * @param createdAt when it was stored
 * @param updatedAt when its state last changed (an Atom entry's {@code updated})
 * @param publishedAt when it was first published (an Atom entry's {@code published})
 * @param articlePublished the day the article itself was published, when known
 */
public record BriefingSummary(
    long id,
    long articleId,
    String headline,
    String dek,
    String pipelineVersion,
    ReviewState state,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> publishedAt,
    Optional<LocalDate> articlePublished) {

  public BriefingSummary {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(articlePublished, "articlePublished");
    Objects.requireNonNull(dek, "dek");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
