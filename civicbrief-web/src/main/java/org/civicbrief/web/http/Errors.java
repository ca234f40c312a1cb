package org.civicbrief.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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

  private static final Set<String> ALLOWABLE =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private static final Pattern JAVA_NAME =
      Pattern.compile(
          "\\b(?:java|javax|jdk|sun|com|org|io|net|kotlin)(?:\\.[a-z_][\\w]*)+\\.[A-Z][\\w$]*");

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
        (e, ctx) -> {
          if (e.getStatus() == 405) {
            methodNotAllowed(ctx, e.getDetails().values().stream().findFirst().orElse(""));
            return;
          }
          answer(ctx, new HttpProblem(e.getStatus(), reason(e.getStatus()), describe(e)));
        });
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
            methodNotAllowed(ctx, "");
          }
        });
  }

  /** 405 with {@code Allow} listing {@code available} (Javalin's comma-separated methods). */
  private void methodNotAllowed(Context ctx, String available) {
    List<String> methods = new ArrayList<>();
    for (String m : available.split(",")) {
      String method = m.strip().toUpperCase(Locale.ROOT);
      if (ALLOWABLE.contains(method) && !methods.contains(method)) {
        methods.add(method);
      }
    }
    if (methods.contains("GET") && !methods.contains("HEAD")) {
      methods.add(methods.indexOf("GET") + 1, "HEAD");
    }
    String allow = String.join(", ", methods);
    if (!allow.isEmpty()) {
      ctx.header("Allow", allow);
    }
    answer(
        ctx,
        new HttpProblem(
            405,
            "Method not allowed",
            ctx.method()
                + " is not allowed on "
                + ctx.path()
                + (allow.isEmpty() ? "." : "; it allows " + allow + ".")));
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
              withoutJavaNames(problem.detail()),
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
              withoutJavaNames(problem.detail())));
    }
  }

  /**
   * {@code detail} with any fully qualified Java name (a library's message that slipped through)
   * replaced: a client learns nothing from it but what the server runs on.
   */
  static String withoutJavaNames(String detail) {
    return JAVA_NAME.matcher(detail).replaceAll("a value");
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
