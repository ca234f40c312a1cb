package org.civicbrief.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.store.db.Dialect;

/**
 * The store slice of the configuration tree.
 *
 * @param dataFolder where the SQLite database ({@code civicbrief.db}) and the search index ({@code
 *     index/}) live; created on first run ({@code store.dataFolder}, default {@code ./data})
 * @param jdbcUrl a {@code jdbc:postgresql:} URL to use PostgreSQL instead of the SQLite file, or a
 *     {@code jdbc:sqlite:} URL for a SQLite file elsewhere ({@code store.jdbcUrl}, default none)
 * @param user the database user ({@code store.user}; PostgreSQL only)
 * @param password the database password ({@code store.password}; PostgreSQL only)
 * @param poolSize the most connections open at once ({@code store.poolSize}, 1 to 100, default 10)
 */
public record StoreConfig(
    Path dataFolder,
    Optional<String> jdbcUrl,
    Optional<String> user,
    Optional<String> password,
    int poolSize) {

  /** The file name of the SQLite database inside the data folder. */
  public static final String DATABASE_FILE = "civicbrief.db";

  public StoreConfig {
    Objects.requireNonNull(dataFolder, "store.dataFolder");
    Objects.requireNonNull(jdbcUrl, "store.jdbcUrl");
    Objects.requireNonNull(user, "store.user");
    Objects.requireNonNull(password, "store.password");
    if (jdbcUrl.isPresent() && Dialect.ofUrl(jdbcUrl.get()).isEmpty()) {
      throw new IllegalArgumentException(
          "store.jdbcUrl must start with jdbc:postgresql: or jdbc:sqlite:, got " + jdbcUrl.get());
    }
    if (poolSize < 1 || poolSize > 100) {
      throw new IllegalArgumentException(
          "store.poolSize must be between 1 and 100, got " + poolSize);
    }
  }

  /** SQLite in {@code ./data}. */
  public static StoreConfig defaults() {
    return sqlite(Path.of("data"));
  }

  /** SQLite in {@code dataFolder}. */
  public static StoreConfig sqlite(Path dataFolder) {
    return new StoreConfig(dataFolder, Optional.empty(), Optional.empty(), Optional.empty(), 10);
  }

  /** PostgreSQL at {@code jdbcUrl}, with the search index in {@code dataFolder}. */
  public static StoreConfig postgres(
      Path dataFolder, String jdbcUrl, String user, Optional<String> password) {
    return new StoreConfig(dataFolder, Optional.of(jdbcUrl), Optional.of(user), password, 10);
  }

  /** The database this configuration names. */
  public Dialect dialect() {
    return jdbcUrl.flatMap(Dialect::ofUrl).orElse(Dialect.SQLITE);
  }

  /** The JDBC URL, the SQLite file in the data folder by default. */
  public String url() {
    return jdbcUrl.orElse("jdbc:sqlite:" + dataFolder.resolve(DATABASE_FILE));
  }

  /** The folder of the search index. */
  public Path indexFolder() {
    return dataFolder.resolve("index");
  }

  @Override
  public String toString() {
    return "StoreConfig[" + dataFolder + ", " + url() + ", user " + user.orElse("-") + "]";
  }
}
