package org.civicbrief.web.story;

import java.util.Objects;
import org.civicbrief.web.http.PageFrame;

/**
 * The story page.
 *
 * @param frame the page frame
 * @param story the story
 */
public record StoryPage(PageFrame frame, StoryView story) {

  public StoryPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(story, "story");
  }
}
