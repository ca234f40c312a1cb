package org.civicbrief.store.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.store.audit.Principal;

/**
 * A user account.
 *
 * @param id the user id
 * @param username the name to sign in with, lower case
 * @param passwordHash the password hash the web layer computed, or empty for accounts that sign in
 *     only with API tokens
 * @param roles what the user may do
 * @param createdAt when the account was created
 */
public record User(
    long id, String username, Optional<String> passwordHash, Set<Role> roles, Instant createdAt) {

  public User {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(createdAt, "createdAt");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** The user as the author of changes in the audit log. */
  public Principal principal() {
    return Principal.user(id, username);
  }

  /** True when the user has {@code role}. */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    // Keeps the hash out of logs.
    return "User[" + id + ", " + username + ", " + roles + "]";
  }
}
