package org.civicbrief.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an answer the client can use: an RFC 9457 problem document under {@code
 * /api/}, an error page elsewhere. Bugs are logged with an incident number the user sees; the user
 * never sees a stack trace.
 */
public final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  // Marks a response whose error body is written, so the status handlers leave it alone.
  private static final String ANSWERED = "civicbrief.error.answered";

  private final Templates templates;
  private final Layout layout;
  private final JsonBody json;
  private final SecureRandom random = new SecureRandom();

  /** Errors rendered with {@code templates} and written with {@code json}. */
  public Errors(Templates templates, Layout layout, JsonBody json) {
    this.templates = templates;
    this.layout = layout;
    this.json = json;
  }

  /** Registers the handlers. */
  public void register(RoutesConfig routes) {
    routes.exception(HttpProblem.class, (e, ctx) -> answer(ctx, e));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            answer(ctx, new HttpProblem(e.getStatus(), reason(e.getStatus()), describe(e))));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          String incident = HexFormat.of().formatHex(bytes());
          LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
          answer(
              ctx,
              new HttpProblem(
                  500,
                  "Something went wrong",
                  "Something went wrong on our side; it has been logged as incident "
                      + incident
                      + ". Please try again later."));
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            answer(ctx, HttpProblem.notFound("There is nothing at " + ctx.path() + "."));
          }
        });
    routes.error(
        405,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            answer(
                ctx,
                new HttpProblem(
                    405,
                    "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path() + "."));
          }
        });
  }

  private byte[] bytes() {
    byte[] b = new byte[4];
    random.nextBytes(b);
    return b;
  }

  /** Writes {@code problem} as the response of {@code ctx}. */
  public void answer(Context ctx, HttpProblem problem) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(problem.status());
    if (problem.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", Long.toString(problem.retryAfterSeconds()));
    }
    ctx.header("Cache-Control", "no-store");
    if (isApi(ctx)) {
      json.send(
          ctx,
          problem.status(),
          new Problem(
              "about:blank",
              problem.title(),
              problem.status(),
              problem.detail(),
              ctx.path(),
              problem.retryAfterSeconds() > 0 ? problem.retryAfterSeconds() : null),
          Problem.MEDIA_TYPE);
    } else {
      templates.send(
          ctx,
          "error.jte",
          new ErrorPage(
              layout.page(problem.title(), "").hidden(),
              problem.status(),
              problem.title(),
              problem.detail()));
    }
  }

  /** True for requests to the API, which answer in JSON. */
  public static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  private static String describe(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 413 -> "The request is larger than this server accepts.";
      case 400 -> "The request could not be understood.";
      default -> reason(e.getStatus()) + ".";
    };
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Sign-in required";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 411 -> "Length required";
      case 413 -> "Content too large";
      case 415 -> "Unsupported media type";
      case 429 -> "Too many requests";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Something went wrong" : "Request refused";
    };
  }
}
