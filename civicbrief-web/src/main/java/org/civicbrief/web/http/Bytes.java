package org.civicbrief.web.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends bytes that are ready in memory (a cached page, an asset) straight to the response with
 * their length, past Javalin's result stream: Jetty then writes headers and body at once instead of
 * copying the body through a compression wrapper in chunks.
 */
public final class Bytes {

  private Bytes() {}

  /** Writes {@code body} as the whole response of {@code ctx}, typed {@code contentType}. */
  public static void send(Context ctx, String contentType, byte[] body) {
    HttpServletResponse res = ctx.res();
    res.setContentType(contentType);
    res.setContentLength(body.length);
    try {
      res.getOutputStream().write(body);
    } catch (IOException e) {
      // The client went away; there is nobody to answer.
      throw new UncheckedIOException("cannot write the response", e);
    }
  }
}
