package org.civicbrief.web.editor;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The status of one job, refreshed until it finishes.
 *
 * @param frame the page frame
 * @param id the job id
 * @param status queued, running, done or failed
 * @param finished true when it is done or failed
 * @param articleTitle the article's headline or origin
 * @param attempts how many times it was started, of how many
 * @param error the error of the last failed attempt
 * @param note what the worker said when it finished
 * @param briefingHref the review page of the briefing, once there is one
 * @param duplicate true when the editor just submitted an article that was already stored
 */
public record JobPage(
    PageFrame frame,
    long id,
    String status,
    boolean finished,
    String articleTitle,
    String attempts,
    Optional<String> error,
    Optional<String> note,
    Optional<String> briefingHref,
    boolean duplicate) {

  public JobPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(briefingHref, "briefingHref");
  }
}
