package org.civicbrief.web.auth;

import io.javalin.security.RouteRole;
import java.util.Set;
import org.civicbrief.store.user.Role;
import org.civicbrief.store.user.User;

/**
 * Who may use a route, declared where the route is registered and checked before its handler runs.
 * A route without one is public.
 */
public enum Access implements RouteRole {
  /** Any signed-in user or API token. */
  SIGNED_IN,
  /** Editors and admins: submitting articles, reviewing and publishing. */
  EDITOR,
  /** Admins only. */
  ADMIN;

  /** True when {@code user} may use a route that requires this. */
  public boolean allows(User user) {
    Set<Role> roles = user.roles();
    return switch (this) {
      case SIGNED_IN -> true;
      case EDITOR -> roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
      case ADMIN -> roles.contains(Role.ADMIN);
    };
  }
}
