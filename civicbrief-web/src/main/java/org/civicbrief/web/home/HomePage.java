package org.civicbrief.web.home;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The front page. Sections are separate fields so that another (stories, say) slots in beside the
 * latest briefings without changing them.
 *
 * @param frame the page frame
 * @param latest the latest published briefings, newest first
 * @param newer the previous page of newer briefings, if this is not the first
 * @param older the next page of older briefings, if there are more
 * @param stories the stories with the most recently published articles
 */
public record HomePage(
    PageFrame frame,
    List<BriefingCard> latest,
    Optional<String> newer,
    Optional<String> older,
    List<StoryCard> stories) {

  public HomePage {
    stories = List.copyOf(stories);
    Objects.requireNonNull(frame, "frame");
    latest = List.copyOf(latest);
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(older, "older");
  }
}
