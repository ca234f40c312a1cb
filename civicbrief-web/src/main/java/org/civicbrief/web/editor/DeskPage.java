package org.civicbrief.web.editor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The editor's desk: what waits for review, what is published, and the latest submissions.
 *
 * @param frame the page frame
 * @param jobCounts the jobs per status, such as "2 queued"
 * @param queues the briefings per review state, drafts first
 * @param articles the latest submissions with their jobs and briefings
 */
public record DeskPage(
    PageFrame frame, List<String> jobCounts, List<Queue> queues, List<ArticleRow> articles) {

  /**
   * The briefings in one review state.
   *
   * @param title the heading ("Waiting for review")
   * @param anchor the section's fragment id
   * @param rows the briefings
   */
  public record Queue(String title, String anchor, List<BriefingRow> rows) {
    public Queue {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A briefing in a queue.
   *
   * @param href the review page
   * @param headline the headline
   * @param changed when its state last changed
   */
  public record BriefingRow(String href, String headline, String changed) {}

  /**
   * A submitted article.
   *
   * @param id the article id
   * @param title the headline, or the origin when there is none
   * @param submitted when
   * @param jobStatus the state of its newest job
   * @param jobHref the job page
   * @param briefingHref the review page of its briefing, once there is one
   * @param briefingState the briefing's review state
   */
  public record ArticleRow(
      long id,
      String title,
      String submitted,
      String jobStatus,
      Optional<String> jobHref,
      Optional<String> briefingHref,
      Optional<String> briefingState) {}

  public DeskPage {
    Objects.requireNonNull(frame, "frame");
    jobCounts = List.copyOf(jobCounts);
    queues = List.copyOf(queues);
    articles = List.copyOf(articles);
  }
}
