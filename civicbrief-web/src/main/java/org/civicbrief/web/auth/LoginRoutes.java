package org.civicbrief.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.store.Store;
import org.civicbrief.store.user.User;
import org.civicbrief.web.http.ClientAddress;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.RateLimit;
import org.civicbrief.web.http.Templates;

/**
 * Signing in and out. Attempts are limited per address, failures for one user name from one address
 * back off ({@link LoginThrottle}) so that guessing is slow but the owner, elsewhere, is never
 * locked out; a wrong name and a wrong password get the same answer in about the same time, so the
 * form tells an attacker nothing about which accounts exist.
 */
public final class LoginRoutes {

  private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/_.~-]*");

  private final Store store;
  private final Auth auth;
  private final Passwords passwords;
  private final Templates templates;
  private final Layout layout;
  private final RateLimit perAddress;
  private final LoginThrottle failures;
  private final ClientAddress address;

  /**
   * The routes, limited by {@code perAddress} per client address, with failures per user name and
   * address backing off.
   */
  public LoginRoutes(
      Store store,
      Auth auth,
      Passwords passwords,
      Templates templates,
      Layout layout,
      RateLimit perAddress,
      ClientAddress address,
      Clock clock) {
    this.store = store;
    this.auth = auth;
    this.passwords = passwords;
    this.templates = templates;
    this.layout = layout;
    this.perAddress = perAddress;
    this.address = address;
    this.failures = new LoginThrottle(clock, java.util.Optional.of(store.signInFailures()));
  }

  /** Registers {@code GET/POST /login} and {@code POST /logout}. */
  public void register(RoutesConfig routes) {
    routes.get("/login", this::form);
    routes.post("/login", this::signIn);
    routes.post("/logout", this::signOut);
  }

  private void form(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    show(ctx, next(ctx.queryParam("next")), "", Optional.empty());
  }

  private void show(Context ctx, String next, String username, Optional<String> error) {
    templates.send(
        ctx,
        "login.jte",
        new LoginPage(
            layout.page("Sign in", "editor").hidden(), auth.csrfToken(ctx), next, username, error));
  }

  private void signIn(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    String username = String.valueOf(ctx.formParam("username")).strip();
    String password = ctx.formParam("password");
    String next = next(ctx.formParam("next"));
    String from = address.of(ctx);
    String name = username.toLowerCase(Locale.ROOT);
    failures.check(name, from);
    perAddress.acquire(from);
    if (username.isEmpty() || password == null || password.isEmpty()) {
      ctx.status(400);
      show(ctx, next, username, Optional.of("Enter your user name and your password."));
      return;
    }
    char[] secret = password.toCharArray();
    try {
      Optional<User> user = store.users().byUsername(username);
      boolean ok = passwords.verify(secret, user.flatMap(User::passwordHash));
      if (!ok || user.isEmpty()) {
        failures.failed(name, from);
        ctx.status(401);
        show(ctx, next, username, Optional.of("The user name or the password is wrong."));
        return;
      }
      failures.succeeded(name, from);
      auth.signIn(ctx, user.get());
      ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  private void signOut(Context ctx) {
    auth.signOut(ctx);
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** {@code raw} when it is a path on this site, else the editor's desk: never another site. */
  static String next(String raw) {
    if (raw == null || !LOCAL_PATH.matcher(raw).matches() || raw.startsWith("//")) {
      return "/editor";
    }
    return raw;
  }
}
