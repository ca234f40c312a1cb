package org.civicbrief.web.editor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The editors' page of feed subscriptions.
 *
 * @param frame the page frame
 * @param csrf the token of the page's forms
 * @param feeds the feeds, in the order they were added
 * @param problem why the last form was refused, if it was
 */
public record FeedsPage(PageFrame frame, String csrf, List<Row> feeds, Optional<String> problem) {

  public FeedsPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(csrf, "csrf");
    feeds = List.copyOf(feeds);
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * A feed as the page lists it.
   *
   * @param id the feed
   * @param url its address
   * @param title its own title, else its address
   * @param entries how many entries have been seen
   * @param lastPoll when it was last polled, or never
   * @param nextPoll when it is polled next
   * @param lastError why the last poll failed, with the failures in a row
   */
  public record Row(
      long id,
      String url,
      String title,
      long entries,
      String lastPoll,
      String nextPoll,
      Optional<String> lastError) {}
}
