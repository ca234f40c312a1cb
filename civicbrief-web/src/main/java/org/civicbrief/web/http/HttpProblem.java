package org.civicbrief.web.http;

import java.util.Objects;

/**
 * A request the server refuses or cannot serve, with a message for the person or program that made
 * it. Thrown by handlers; {@link Errors} turns it into an RFC 9457 problem document for the API and
 * an error page for browsers. It carries no stack trace: it is an answer, not a bug.
 */
public final class HttpProblem extends RuntimeException {

  private final int status;
  private final String title;
  private final long retryAfterSeconds;

  /** A problem with HTTP {@code status}, a short {@code title} and a {@code detail} sentence. */
  public HttpProblem(int status, String title, String detail) {
    this(status, title, detail, 0);
  }

  private HttpProblem(int status, String title, String detail, long retryAfterSeconds) {
    super(Objects.requireNonNull(detail, "detail"), null, false, false);
    this.status = status;
    this.title = Objects.requireNonNull(title, "title");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 429: the caller made too many requests of this kind; it may try again after a while. */
  public static HttpProblem tooManyRequests(String detail, long retryAfterSeconds) {
    return new HttpProblem(429, "Too many requests", detail, Math.max(1, retryAfterSeconds));
  }

  /** 400: the request is malformed or a value is out of range. */
  public static HttpProblem badRequest(String detail) {
    return new HttpProblem(400, "Bad request", detail);
  }

  /** 404: nothing at this address, or nothing the caller may see. */
  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "Not found", detail);
  }

  /** 403: the caller is known but may not do this. */
  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "Forbidden", detail);
  }

  /** 409: the request conflicts with the current state, such as a review step not allowed. */
  public static HttpProblem conflict(String detail) {
    return new HttpProblem(409, "Conflict", detail);
  }

  /** 422: the content is well-formed but cannot be used, such as a text that is not an article. */
  public static HttpProblem unprocessable(String detail) {
    return new HttpProblem(422, "Unprocessable content", detail);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The short, general title of this kind of problem. */
  public String title() {
    return title;
  }

  /** For 429, the seconds to wait before trying again; 0 otherwise. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The sentence that says what went wrong in this case. */
  public String detail() {
    return getMessage();
  }
}
