package org.civicbrief.web.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * An RFC 9457 problem document, as the API sends it with {@code application/problem+json}.
 *
 * @param type a URI for the kind of problem; {@code about:blank} when the status says it all
 * @param title the short title of that kind
 * @param status the HTTP status
 * @param detail what went wrong in this case, for a person to read
 * @param instance the path of the request
 * @param retryAfterSeconds for 429, how long to wait; left out otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, String instance, Long retryAfterSeconds) {

  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }
}
