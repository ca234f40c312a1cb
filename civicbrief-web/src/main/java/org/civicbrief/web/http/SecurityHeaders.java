package org.civicbrief.web.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The headers every response carries. The Content-Security-Policy allows only this server's own
 * style sheet and scripts: no inline script, no inline style, no plug-ins, no framing, and forms
 * may post only here, so even markup that slipped through escaping could not run.
 */
public final class SecurityHeaders {

  /** The policy of every page. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** Every header, name and value. */
  public static final List<Map.Entry<String, String>> HEADERS =
      List.of(
          Map.entry("Content-Security-Policy", CONTENT_SECURITY_POLICY),
          Map.entry("X-Content-Type-Options", "nosniff"),
          Map.entry("X-Frame-Options", "DENY"),
          Map.entry("Referrer-Policy", "same-origin"),
          Map.entry("Cross-Origin-Opener-Policy", "same-origin"),
          Map.entry("Cross-Origin-Resource-Policy", "same-origin"),
          Map.entry(
              "Permissions-Policy",
              "camera=(), microphone=(), geolocation=(), interest-cohort=()"));

  private SecurityHeaders() {}

  /** Sets the headers on {@code ctx}; a before-handler for every path. */
  public static void apply(Context ctx) {
    for (Map.Entry<String, String> h : HEADERS) {
      ctx.header(h.getKey(), h.getValue());
    }
  }
}
