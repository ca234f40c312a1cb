package org.civicbrief.web.home;

import java.util.Objects;
import org.civicbrief.store.story.StorySummary;
import org.civicbrief.web.story.ReadStory;
import org.civicbrief.web.story.StoryView;

/**
 * A story in a list.
 *
 * @param href the story page
 * @param title its title
 * @param meta how many articles and over which days
 */
public record StoryCard(String href, String title, String meta) {

  public StoryCard {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(meta, "meta");
  }

  /** The card of a story. */
  public static StoryCard of(StorySummary s) {
    String span = StoryView.span(s.first(), s.last());
    return new StoryCard(
        ReadStory.link(s.id()),
        s.title(),
        s.articles()
            + (s.articles() == 1 ? " article" : " articles")
            + (span.isEmpty() ? "" : " · " + span));
  }
}
