package org.civicbrief.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.civicbrief.core.briefing.Evidence;

/** The addresses of the server's pages, in one place so that routes and links agree. */
public final class Links {

  private Links() {}

  /** The reader page of a briefing. */
  public static String briefing(long id) {
    return "/briefings/" + id;
  }

  /** The article behind a briefing, with {@code evidence} highlighted and scrolled to. */
  public static String evidence(long briefingId, Evidence evidence) {
    return article(briefingId) + highlight(evidence);
  }

  /** The article behind a briefing, nothing highlighted. */
  public static String article(long briefingId) {
    return "/briefings/" + briefingId + "/article";
  }

  /** The quiz of a briefing. */
  public static String quiz(long briefingId) {
    return "/briefings/" + briefingId + "/quiz";
  }

  /** The editor's review page of a briefing. */
  public static String review(long briefingId) {
    return "/editor/briefings/" + briefingId;
  }

  /** The editor's view of the article behind any briefing, highlighted like the reader's. */
  public static String reviewEvidence(long briefingId, Evidence evidence) {
    return review(briefingId) + "/article" + highlight(evidence);
  }

  /** The status page of a job. */
  public static String job(long jobId) {
    return "/editor/jobs/" + jobId;
  }

  /** A search for the actor named {@code name}. */
  public static String actorSearch(String name) {
    return "/search?actor=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  // The reader's and the editor's article pages highlight evidence by the same query.
  private static String highlight(Evidence evidence) {
    return "?from=" + evidence.start() + "&to=" + evidence.end() + "#ev";
  }
}
