package org.civicbrief.web.editor;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The form that submits an article: pasted text, a link, or an HTML file.
 *
 * @param frame the page frame
 * @param csrf the CSRF token
 * @param error why the last submission was refused
 * @param title the title typed last time
 * @param text the text pasted last time
 * @param url the link typed last time
 * @param published the publication date typed last time
 * @param maxMegabytes the largest article accepted, for the help text
 */
public record SubmitPage(
    PageFrame frame,
    String csrf,
    Optional<String> error,
    String title,
    String text,
    String url,
    String published,
    String maxMegabytes) {

  public SubmitPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(error, "error");
  }
}
