package org.civicbrief.store.user;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.Transaction;

/**
 * The user accounts. Passwords are hashed by the web layer; this repository stores whatever hash it
 * is given and never sees a password.
 */
public final class Users {

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;

  /** The users in {@code db}. */
  public Users(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates an account; a taken or malformed user name is a failed outcome. */
  public Outcome<User> create(
      String username, Optional<String> passwordHash, Set<Role> roles, Principal who) {
    Optional<String> name = Username.normalize(username);
    if (name.isEmpty()) {
      return Outcome.failed(Username.rule(username));
    }
    return db.write(
        "create user " + name.get(),
        tx -> {
          Optional<Long> id =
              tx.one(
                  "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT (username) DO NOTHING RETURNING id",
                  r -> r.number("id"),
                  name.get(),
                  passwordHash,
                  clock.instant());
          if (id.isEmpty()) {
            return Outcome.failed("user name " + name.get() + " is taken");
          }
          writeRoles(tx, id.get(), roles);
          audit.record(
              tx,
              who,
              AuditAction.USER_CREATE,
              "user",
              id.get(),
              Map.of("username", name.get(), "roles", codes(roles)));
          return Outcome.ok(load(tx, id.get()).orElseThrow());
        });
  }

  /** The user with {@code id}. */
  public Optional<User> find(long id) {
    return db.read("read user " + id, tx -> load(tx, id));
  }

  /** The user with {@code username}, compared without case. */
  public Optional<User> byUsername(String username) {
    Optional<String> name = Username.normalize(username);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return db.read(
        "read user " + name.get(),
        tx -> {
          Optional<Long> id =
              tx.one("SELECT id FROM users WHERE username = ?", r -> r.number("id"), name.get());
          return id.isEmpty() ? Optional.empty() : load(tx, id.get());
        });
  }

  /** Every user, by name. */
  public List<User> list() {
    return db.read(
        "list users",
        tx -> {
          List<Long> ids = tx.list("SELECT id FROM users ORDER BY username", r -> r.number("id"));
          List<User> out = new ArrayList<>();
          for (long id : ids) {
            load(tx, id).ifPresent(out::add);
          }
          return out;
        });
  }

  /** How many accounts there are; zero means the first one to be made should be an admin. */
  public long count() {
    return db.read(
        "count users",
        tx -> tx.one("SELECT COUNT(*) AS n FROM users", r -> r.number("n")).orElse(0L));
  }

  /** Replaces the roles of a user. */
  public Outcome<User> setRoles(long id, Set<Role> roles, Principal who) {
    return db.write(
        "change the roles of user " + id,
        tx -> {
          if (load(tx, id).isEmpty()) {
            return Outcome.failed("there is no user " + id);
          }
          tx.update("DELETE FROM user_roles WHERE user_id = ?", id);
          writeRoles(tx, id, roles);
          audit.record(tx, who, AuditAction.USER_ROLES, "user", id, Map.of("roles", codes(roles)));
          return Outcome.ok(load(tx, id).orElseThrow());
        });
  }

  /** Replaces the password hash of a user. */
  public Outcome<User> setPasswordHash(long id, String passwordHash, Principal who) {
    if (passwordHash.isBlank()) {
      return Outcome.failed("a password hash must not be blank");
    }
    return db.write(
        "change the password of user " + id,
        tx -> {
          if (tx.update("UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, id) == 0) {
            return Outcome.failed("there is no user " + id);
          }
          audit.record(tx, who, AuditAction.USER_PASSWORD, "user", id, Map.of());
          return Outcome.ok(load(tx, id).orElseThrow());
        });
  }

  /** Loads a user inside a transaction; also used by {@link ApiTokens}. */
  static Optional<User> load(Transaction tx, long id) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(
        tx.list(
            "SELECT role FROM user_roles WHERE user_id = ?", r -> Role.ofCode(r.text("role")), id));
    return tx.one("SELECT * FROM users WHERE id = ?", r -> user(r, roles), id);
  }

  private static User user(Row r, Set<Role> roles) throws SQLException {
    return new User(
        r.number("id"),
        r.text("username"),
        r.optText("password_hash"),
        roles,
        r.instant("created_at"));
  }

  private static void writeRoles(Transaction tx, long id, Set<Role> roles) throws SQLException {
    for (Role role : roles) {
      tx.update("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", id, role.code());
    }
  }

  private static List<String> codes(Set<Role> roles) {
    return roles.stream().sorted().map(Role::code).toList();
  }
}
