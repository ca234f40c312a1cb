package org.civicbrief.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicbrief.store.Store;
import org.civicbrief.store.user.User;
import org.civicbrief.web.http.Errors;
import org.civicbrief.web.http.HttpProblem;

/**
 * Finds out who is asking and whether they may: pages use a session cookie, the API a bearer token.
 * Before every matched route it checks the route's {@link Access}, and for every form post outside
 * the API the CSRF token. The API takes no cookies, so a page elsewhere cannot make a browser call
 * it with the user's rights.
 */
public final class Auth {

  /** The cookie that holds the session secret. */
  public static final String SESSION_COOKIE = "cb_session";

  /** The cookie that identifies an anonymous browser (quiz attempts, CSRF before sign-in). */
  public static final String VISITOR_COOKIE = "cb_visitor";

  private static final Pattern VISITOR = Pattern.compile("[A-Za-z0-9_-]{22,64}");
  private static final String CALLER = "civicbrief.caller";
  private static final String VISITOR_ATTR = "civicbrief.visitor";

  private final Store store;
  private final Sessions sessions;
  private final Csrf csrf;
  private final boolean secureCookies;
  private final SecureRandom random = new SecureRandom();

  /** Checks callers against {@code store}'s users and tokens. */
  public Auth(Store store, Sessions sessions, Csrf csrf, boolean secureCookies) {
    this.store = store;
    this.sessions = sessions;
    this.csrf = csrf;
    this.secureCookies = secureCookies;
  }

  /** The signed-in user or API caller of {@code ctx}, if any. */
  public Optional<Caller> caller(Context ctx) {
    Caller cached = ctx.attribute(CALLER);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Caller> found = Errors.isApi(ctx) ? fromToken(ctx) : fromSession(ctx);
    found.ifPresent(c -> ctx.attribute(CALLER, c));
    return found;
  }

  /** The caller, who must be there because the route requires access. */
  public Caller require(Context ctx) {
    return caller(ctx)
        .orElseThrow(() -> new HttpProblem(401, "Sign-in required", "Sign in to do this."));
  }

  private Optional<Caller> fromSession(Context ctx) {
    return sessions
        .find(ctx.cookie(SESSION_COOKIE))
        .flatMap(s -> store.users().find(s.userId()).map(u -> new Caller(u, Optional.of(s))));
  }

  private Optional<Caller> fromToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String secret = header.substring(7).strip();
    if (secret.isEmpty() || secret.length() > 200) {
      throw new HttpProblem(401, "Sign-in required", "The API token is not valid.");
    }
    Optional<User> user = store.apiTokens().authenticate(secret);
    if (user.isEmpty()) {
      // A wrong token is an error, not anonymity: the client meant to be someone.
      throw new HttpProblem(
          401, "Sign-in required", "The API token is not valid or has been revoked.");
    }
    return user.map(u -> new Caller(u, Optional.empty()));
  }

  /**
   * The anonymous id of this browser, set as a cookie when it has none yet; quiz attempts are kept
   * under it and anonymous forms are protected with it.
   */
  public String visitor(Context ctx) {
    String known = ctx.attribute(VISITOR_ATTR);
    if (known != null) {
      return known;
    }
    String id = ctx.cookie(VISITOR_COOKIE);
    if (id == null || !VISITOR.matcher(id).matches()) {
      byte[] b = new byte[18];
      random.nextBytes(b);
      id = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
      ctx.cookie(cookie(VISITOR_COOKIE, id, 365 * 24 * 3600));
    }
    ctx.attribute(VISITOR_ATTR, id);
    return id;
  }

  /** The CSRF token for forms on this page: bound to the session, or to the visitor before it. */
  public String csrfToken(Context ctx) {
    Optional<Session> s = caller(ctx).flatMap(Caller::session);
    return s.isPresent() ? csrf.token("s:" + s.get().id()) : csrf.token("v:" + visitor(ctx));
  }

  /** Signs {@code user} in: a new session (never a reused one) in a new cookie. */
  public void signIn(Context ctx, User user) {
    sessions.end(ctx.cookie(SESSION_COOKIE));
    Session s = sessions.start(user.id());
    ctx.cookie(cookie(SESSION_COOKIE, s.id(), (int) Sessions.LIFETIME.toSeconds()));
    ctx.attribute(CALLER, new Caller(user, Optional.of(s)));
  }

  /** Ends the session of {@code ctx} and clears its cookie. */
  public void signOut(Context ctx) {
    sessions.end(ctx.cookie(SESSION_COOKIE));
    ctx.cookie(cookie(SESSION_COOKIE, "", 0));
  }

  /** The check before every matched route: access first, then the CSRF token of form posts. */
  public void guard(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (!roles.isEmpty()) {
      Optional<Caller> caller = caller(ctx);
      if (caller.isEmpty()) {
        refuseAnonymous(ctx);
        return;
      }
      for (RouteRole role : roles) {
        if (role instanceof Access a && !a.allows(caller.get().user())) {
          throw HttpProblem.forbidden(
              "Your account (" + caller.get().user().username() + ") may not do this.");
        }
      }
    }
    if (isWrite(ctx) && !Errors.isApi(ctx)) {
      String presented = ctx.header(Csrf.HEADER);
      if (presented == null) {
        presented = ctx.formParam(Csrf.FIELD);
      }
      Optional<Session> s = caller(ctx).flatMap(Caller::session);
      String visitorId = ctx.cookie(VISITOR_COOKIE);
      boolean ok =
          s.isPresent()
              ? csrf.valid("s:" + s.get().id(), presented)
              : visitorId != null && csrf.valid("v:" + visitorId, presented);
      if (!ok) {
        throw HttpProblem.forbidden(
            "This form has expired or did not come from this site. Go back, reload the page and"
                + " try again (cookies must be allowed for this site).");
      }
    }
  }

  private void refuseAnonymous(Context ctx) {
    if (Errors.isApi(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"civicbrief\"");
      throw new HttpProblem(
          401,
          "Sign-in required",
          "This needs an API token: send it as 'Authorization: Bearer <token>'.");
    }
    if (ctx.method() == HandlerType.GET) {
      ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
      ctx.skipRemainingHandlers();
      return;
    }
    throw new HttpProblem(401, "Sign-in required", "Your session has ended; please sign in again.");
  }

  private static boolean isWrite(Context ctx) {
    HandlerType m = ctx.method();
    return m == HandlerType.POST
        || m == HandlerType.PUT
        || m == HandlerType.PATCH
        || m == HandlerType.DELETE;
  }

  private Cookie cookie(String name, String value, int maxAgeSeconds) {
    Cookie c = new Cookie(name, value);
    c.setPath("/");
    c.setMaxAge(maxAgeSeconds);
    c.setHttpOnly(true);
    c.setSecure(secureCookies);
    c.setSameSite(SameSite.LAX);
    return c;
  }
}
