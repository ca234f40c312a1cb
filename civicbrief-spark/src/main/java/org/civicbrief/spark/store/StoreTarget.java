package org.civicbrief.spark.store;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * The PostgreSQL database the job writes briefings into: the one {@code civicbrief serve} uses
 * ({@code store.jdbcUrl}, {@code store.user}, {@code store.password}).
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL
 * @param user the database user, or the empty string for the driver's default
 * @param password the password, or the empty string for none; never shown by {@link #toString()}
 */
public record StoreTarget(String jdbcUrl, String user, String password) implements Serializable {

  public StoreTarget {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      // Executors write at once from many machines; SQLite is a file on one of them.
      throw new IllegalArgumentException(
          "the batch job writes only to PostgreSQL (a jdbc:postgresql: URL), got "
              + jdbcUrl.replaceAll("\\?.*", ""));
    }
  }

  /** Opens a connection. */
  Connection connect() throws SQLException {
    Properties p = new Properties();
    if (!user.isEmpty()) {
      p.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "civicbrief batch");
    return DriverManager.getConnection(jdbcUrl, p);
  }

  @Override
  public String toString() {
    return "StoreTarget[" + jdbcUrl.replaceAll("\\?.*", "") + ", user " + user + "]";
  }
}
