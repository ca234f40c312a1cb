package org.civicbrief.web.auth;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.user.User;

/**
 * The user behind a request: signed in with a session cookie, or calling the API with a token.
 *
 * @param user the user
 * @param session the browser session, for page requests
 */
public record Caller(User user, Optional<Session> session) {

  public Caller {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(session, "session");
  }

  /** The caller as the author of changes. */
  public Principal principal() {
    return user.principal();
  }
}
