package org.civicbrief.spark.store;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.spark.BatchSetupException;
import org.civicbrief.store.BatchStore;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.db.StoreException;

/**
 * The PostgreSQL database the job writes briefings into: the one {@code civicbrief serve} uses
 * ({@code store.jdbcUrl}, {@code store.user}, {@code store.password}), in a form Spark can ship to
 * its executors.
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

  /** The store's configuration of this database; the batch never uses its data folder. */
  public StoreConfig config() {
    return new StoreConfig(
        Path.of("."), Optional.of(jdbcUrl), optional(user), optional(password), 1);
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Makes the database ready before any briefing is made, so that a long job does not fail at its
   * end: reachable, with the store's tables, created or migrated as {@code civicbrief serve} would.
   *
   * @throws BatchSetupException when it cannot be reached or migrated
   */
  public void prepare() {
    try {
      BatchStore.prepare(config());
    } catch (StoreException e) {
      throw new BatchSetupException(
          "cannot prepare the database " + this + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "no message" : message.lines().findFirst().orElse("no message");
  }

  @Override
  public String toString() {
    return "StoreTarget[" + jdbcUrl.replaceAll("\\?.*", "") + ", user " + user + "]";
  }
}
