package org.civicbrief.web.auth;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The sign-in form.
 *
 * @param frame the page frame
 * @param csrf the form's CSRF token
 * @param next where to go after signing in
 * @param username the name typed last time, to type it only once
 * @param error why the last attempt failed
 */
public record LoginPage(
    PageFrame frame, String csrf, String next, String username, Optional<String> error) {

  public LoginPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(error, "error");
  }
}
