package org.civicbrief.web.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Refuses request bodies larger than the route accepts before the application reads them: forms and
 * JSON get a small cap, the routes that take an article get the article cap. A body must declare
 * its length, so the decision needs no reading at all.
 *
 * <p>A refused body is still read and thrown away, up to {@link #DRAIN_LIMIT} bytes, before the
 * answer goes out. A client sends its whole body before it reads the answer; if the server closed
 * the connection with bytes still arriving, the kernel would reset it and the client would see a
 * broken pipe instead of the 413. Past the drain limit the connection is closed unread, and the
 * answer says so.
 */
public final class BodyLimit {

  // Room for the other fields of a multipart form around the file itself.
  private static final long FORM_OVERHEAD = 64 * 1024;

  /** The most a refused body is read (and discarded) so that its sender can read the refusal. */
  static final long DRAIN_LIMIT = 16L * 1024 * 1024;

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
      discard(ctx, DRAIN_LIMIT);
      throw new HttpProblem(
          411, "Length required", "Send the request body with a Content-Length header.");
    }
    long cap = largePaths.contains(ctx.path()) ? large : small;
    if (declared > cap) {
      discard(ctx, declared);
      throw new HttpProblem(
          413,
          "Content too large",
          "The request body has " + declared + " bytes; this address accepts at most " + cap + ".");
    }
  }

  /**
   * Reads and drops the body when it is at most {@link #DRAIN_LIMIT} bytes long, so the client can
   * read the answer; otherwise (or when the body ends early or cannot be read) marks the connection
   * to close, since an unread body leaves it unusable and a pooling client would send its next
   * request into it.
   */
  private static void discard(Context ctx, long length) {
    if (length > DRAIN_LIMIT || !drained(ctx)) {
      ctx.header("Connection", "close");
    }
  }

  private static boolean drained(Context ctx) {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    try {
      InputStream in = ctx.req().getInputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read += n;
        if (read > DRAIN_LIMIT) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      // The client went away or sent less than it declared: nothing more to read or answer well.
      return false;
    }
  }
}
