package org.civicbrief.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.user.IssuedToken;
import org.civicbrief.store.user.Role;
import org.civicbrief.store.user.User;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.auth.Passwords;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.PageFrame;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.Templates;

/**
 * {@code /admin}: admins create accounts, issue API tokens (each shown once) and revoke them, while
 * the server runs. The command line does the same for the first admin, before any exists.
 */
public final class AdminRoutes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final Store store;
  private final Auth auth;
  private final Passwords passwords;
  private final Templates templates;
  private final Layout layout;

  /** The admin routes over {@code store}'s accounts. */
  public AdminRoutes(
      Store store, Auth auth, Passwords passwords, Templates templates, Layout layout) {
    this.store = store;
    this.auth = auth;
    this.passwords = passwords;
    this.templates = templates;
    this.layout = layout;
  }

  /** Registers the routes. */
  public void register(RoutesConfig routes) {
    routes.get(
        "/admin",
        ctx -> show(ctx, Optional.empty(), Optional.empty(), Optional.empty()),
        Access.ADMIN);
    routes.post("/admin/users", this::createUser, Access.ADMIN);
    routes.post("/admin/tokens", this::issueToken, Access.ADMIN);
    routes.post("/admin/tokens/{id}/revoke", this::revoke, Access.ADMIN);
  }

  private void show(
      Context ctx,
      Optional<AdminPage.Issued> issued,
      Optional<String> notice,
      Optional<String> error) {
    ctx.header("Cache-Control", "no-store");
    List<AdminPage.UserRow> users =
        store.users().list().stream()
            .map(
                u ->
                    new AdminPage.UserRow(
                        u.username(),
                        String.join(", ", u.roles().stream().sorted().map(Role::code).toList()),
                        u.passwordHash().isPresent(),
                        store.apiTokens().list(u.id()).stream()
                            .map(
                                t ->
                                    new AdminPage.TokenRow(
                                        t.id(), t.label(), DAY.format(t.createdAt()), t.active()))
                            .toList()))
            .toList();
    templates.send(
        ctx,
        "admin.jte",
        new AdminPage(
            layout
                .page("Accounts and tokens", "editor")
                .withEditor(
                    new PageFrame.SignedIn(
                        auth.require(ctx).user().username(), auth.csrfToken(ctx))),
            auth.csrfToken(ctx),
            users,
            issued,
            notice,
            error));
  }

  private void createUser(Context ctx) {
    String username = String.valueOf(Optional.ofNullable(ctx.formParam("username")).orElse(""));
    String password = String.valueOf(Optional.ofNullable(ctx.formParam("password")).orElse(""));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : ctx.formParams("role")) {
      try {
        roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw HttpProblem.badRequest("A role is admin, editor or reader.");
      }
    }
    char[] secret = password.toCharArray();
    try {
      Optional<String> weak = Passwords.weakness(secret);
      if (weak.isPresent()) {
        refuse(ctx, capital(weak.get()) + ".");
        return;
      }
      Outcome<User> user =
          store
              .users()
              .create(
                  username,
                  Optional.of(passwords.hash(secret)),
                  roles,
                  auth.require(ctx).principal());
      if (!user.isOk()) {
        refuse(ctx, capital(user.reason()) + ".");
        return;
      }
      show(
          ctx,
          Optional.empty(),
          Optional.of("Created the account " + user.value().username() + "."),
          Optional.empty());
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  private void issueToken(Context ctx) {
    String username = String.valueOf(ctx.formParam("username"));
    String label = Params.text(ctx.formParam("label")).orElse("api");
    Optional<User> user = store.users().byUsername(username);
    if (user.isEmpty()) {
      refuse(ctx, "There is no account " + username + ".");
      return;
    }
    Outcome<IssuedToken> token =
        store.apiTokens().issue(user.get().id(), label, auth.require(ctx).principal());
    if (!token.isOk()) {
      refuse(ctx, capital(token.reason()) + ".");
      return;
    }
    // Shown in this answer only: it is not stored, and the page is not cached.
    show(
        ctx,
        Optional.of(new AdminPage.Issued(user.get().username(), token.value().secret())),
        Optional.empty(),
        Optional.empty());
  }

  private void revoke(Context ctx) {
    long id = Params.id(ctx, "id");
    Outcome<?> done = store.apiTokens().revoke(id, auth.require(ctx).principal());
    if (!done.isOk()) {
      refuse(ctx, capital(done.reason()) + ".");
      return;
    }
    show(ctx, Optional.empty(), Optional.of("Revoked token " + id + "."), Optional.empty());
  }

  private void refuse(Context ctx, String why) {
    ctx.status(422);
    show(ctx, Optional.empty(), Optional.empty(), Optional.of(why));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
