package org.civicbrief.core.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The PostgreSQL server the database tests of every module use: 127.0.0.1:5432, database {@code
 * test}, trust authentication, as the user {@code postgres} or the one running the tests. Without
 * it those tests are skipped with the reason, except on CI ({@code CI=true}), where they fail.
 */
public final class TestPostgres {

  /** The database's JDBC URL. */
  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

  private TestPostgres() {}

  /**
   * Who the server answers.
   *
   * @param user the user it let in, or empty
   * @param unreachable why no user got in, or the empty string
   */
  public record Found(Optional<String> user, String unreachable) {}

  /** Tries each user the server may know. */
  public static Found find() {
    List<String> tried = new ArrayList<>();
    for (String candidate : List.of("postgres", System.getProperty("user.name"))) {
      try (Connection c =
          DriverManager.getConnection(SERVER + "?connectTimeout=5", candidate, null)) {
        if (c.isValid(5)) {
          return new Found(Optional.of(candidate), "");
        }
      } catch (SQLException e) {
        tried.add(candidate + ": " + e.getMessage());
      }
    }
    return new Found(
        Optional.empty(),
        "PostgreSQL at " + SERVER + " is not reachable (" + String.join("; ", tried) + ")");
  }

  /** True on CI, where a database test must run rather than be skipped. */
  public static boolean onCi() {
    String ci = Optional.ofNullable(System.getenv("CI")).orElse("").toLowerCase(Locale.ROOT);
    return ci.equals("true") || ci.equals("1");
  }
}
