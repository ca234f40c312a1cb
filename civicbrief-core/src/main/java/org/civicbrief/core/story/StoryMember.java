package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.briefing.Briefing;

/**
 * An article that belongs to a story, with its briefing: what the story-level items are merged
 * from.
 *
 * @param articleId the article
 * @param briefing its briefing (the evidence of its items points into {@code briefing.article()})
 * @param arrival its place in the arrival order
 * @param carriers other outlets that carried the same article
 */
public record StoryMember(
    String articleId, Briefing briefing, long arrival, List<Carrier> carriers) {

  public StoryMember {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(briefing, "briefing");
    carriers = List.copyOf(carriers);
  }

  /** A member with no other outlet yet. */
  public StoryMember(String articleId, Briefing briefing, long arrival) {
    this(articleId, briefing, arrival, List.of());
  }

  /** A copy with one more carrier. */
  public StoryMember withCarrier(Carrier c) {
    List<Carrier> more = new java.util.ArrayList<>(carriers);
    more.add(c);
    return new StoryMember(articleId, briefing, arrival, more);
  }

  /** The publication date, if the article has one. */
  public Optional<LocalDate> published() {
    return briefing.article().published();
  }

  /** The outlet: the publisher, else the host of the article's URL, else its origin. */
  public String outlet() {
    return Outlets.of(briefing.article());
  }

  /** The member as the story page lists it. */
  public StoryArticle toArticle() {
    return new StoryArticle(
        articleId,
        briefing.headline().text(),
        outlet(),
        briefing.article().canonicalUrl(),
        published(),
        arrival,
        carriers);
  }
}
