package org.civicbrief.web.http;

import java.util.Objects;

/**
 * The page a browser gets when a request fails: what happened in plain words, never a stack trace.
 *
 * @param frame the page frame
 * @param status the HTTP status
 * @param title the short title
 * @param detail what went wrong and what to do
 */
public record ErrorPage(PageFrame frame, int status, String title, String detail) {

  public ErrorPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }
}
