package org.civicbrief.store.db;

import java.util.Optional;

/** The SQL databases the store runs on, and the few places where their SQL differs. */
public enum Dialect {
  /** A file in the data folder; one writer at a time, readers alongside (WAL). */
  SQLITE("sqlite", ""),
  /** A server; many writers, row locks. */
  POSTGRESQL("postgresql", " FOR UPDATE SKIP LOCKED");

  private final String folder;
  private final String skipLocked;

  Dialect(String folder, String skipLocked) {
    this.folder = folder;
    this.skipLocked = skipLocked;
  }

  /** The dialect of a JDBC URL, or empty when the store does not support it. */
  public static Optional<Dialect> ofUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return Optional.of(SQLITE);
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return Optional.of(POSTGRESQL);
    }
    return Optional.empty();
  }

  /** The classpath folder of this dialect's migrations. */
  String migrationFolder() {
    return "org/civicbrief/store/db/" + folder + "/";
  }

  /**
   * The clause that makes a {@code SELECT} lock the rows it picks and pass over rows other
   * transactions hold; empty for SQLite, where the single writer already excludes other claims.
   */
  public String skipLocked() {
    return skipLocked;
  }

  /** True when writes must be serialized in this process to avoid {@code SQLITE_BUSY}. */
  boolean singleWriter() {
    return this == SQLITE;
  }
}
