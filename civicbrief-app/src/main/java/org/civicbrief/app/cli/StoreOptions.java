package org.civicbrief.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.civicbrief.store.StoreConfig;
import picocli.CommandLine.Option;

/** The options that pick a store, shared by serve and the admin commands. */
final class StoreOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (store.dataFolder, default ./data).")
  Path data;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description = "jdbc:postgresql://… to use PostgreSQL (store.jdbcUrl).")
  String jdbcUrl;

  /** {@code configured} with these options applied. */
  StoreConfig apply(StoreConfig configured) {
    return new StoreConfig(
        data != null ? data : configured.dataFolder(),
        jdbcUrl != null ? Optional.of(jdbcUrl) : configured.jdbcUrl(),
        configured.user(),
        configured.password(),
        configured.poolSize());
  }
}
