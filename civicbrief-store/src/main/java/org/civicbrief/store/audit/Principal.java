package org.civicbrief.store.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is making a change: a signed-in user, or a part of the system (a worker, the command line).
 *
 * @param userId the user's id, empty for the system
 * @param name the user name, or {@code system:<component>}
 */
public record Principal(Optional<Long> userId, String name) {

  public Principal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a principal needs a name");
    }
  }

  /** A signed-in user. */
  public static Principal user(long id, String username) {
    return new Principal(Optional.of(id), username);
  }

  /** A part of the system, such as {@code worker} or {@code cli}. */
  public static Principal system(String component) {
    return new Principal(Optional.empty(), "system:" + component);
  }
}
