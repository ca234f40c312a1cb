package org.civicbrief.web.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Refuses request bodies larger than the route accepts before anything reads them: forms and JSON
 * get a small cap, the routes that take an article get the article cap. A body must declare its
 * length, so the check needs no reading at all.
 */
public final class BodyLimit {

  // Room for the other fields of a multipart form around the file itself.
  private static final long FORM_OVERHEAD = 64 * 1024;

  private final long small;
  private final long large;
  private final Set<String> largePaths;

  /**
   * A limit of {@code small} bytes, and of {@code large} bytes plus form overhead on {@code
   * largePaths}.
   */
  public BodyLimit(long small, long large, Set<String> largePaths) {
    this.small = small;
    this.large = large + FORM_OVERHEAD;
    this.largePaths = Set.copyOf(largePaths);
  }

  /** The largest body any route accepts, for the server's own cap. */
  public long largest() {
    return Math.max(small, large);
  }

  /** Checks {@code ctx}; a before-handler for every path. */
  public void check(Context ctx) {
    HandlerType m = ctx.method();
    if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) {
      return;
    }
    long declared = ctx.req().getContentLengthLong();
    String chunked = ctx.header("Transfer-Encoding");
    if (declared < 0 && chunked != null) {
      refuseUnread(ctx);
      throw new HttpProblem(
          411, "Length required", "Send the request body with a Content-Length header.");
    }
    long cap = largePaths.contains(ctx.path()) ? large : small;
    if (declared > cap) {
      refuseUnread(ctx);
      throw new HttpProblem(
          413,
          "Content too large",
          "The request body has " + declared + " bytes; this address accepts at most " + cap + ".");
    }
  }

  /**
   * The body stays unread, so the connection cannot carry another request: say so, or a client that
   * pools connections sends its next request into one the server has closed.
   */
  private static void refuseUnread(Context ctx) {
    ctx.header("Connection", "close");
  }
}
