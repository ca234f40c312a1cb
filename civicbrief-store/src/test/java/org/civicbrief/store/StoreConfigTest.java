package org.civicbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.civicbrief.store.db.Dialect;
import org.civicbrief.store.db.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store settings: defaults, the database a URL names, and messages that name the setting. */
class StoreConfigTest {

  @Test
  void theDefaultIsASqliteFileInTheDataFolder() {
    StoreConfig config = StoreConfig.defaults();

    assertThat(config.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(config.url()).isEqualTo("jdbc:sqlite:" + Path.of("data", "civicbrief.db"));
    assertThat(config.indexFolder()).isEqualTo(Path.of("data", "index"));
  }

  @Test
  void aPostgresqlUrlSelectsPostgresqlAndThePasswordStaysOutOfToString() {
    StoreConfig config =
        StoreConfig.postgres(
            Path.of("d"), "jdbc:postgresql://db/civic", "app", Optional.of("s3cret"));

    assertThat(config.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void anUnreachableServerIsReportedWithItsAddressAndUser(@TempDir Path folder) {
    StoreConfig config =
        StoreConfig.postgres(
            folder, "jdbc:postgresql://127.0.0.1:1/none", "nobody", Optional.empty());

    assertThatThrownBy(() -> Store.open(config))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/none as nobody: ");
  }

  @Test
  void anUnsupportedUrlOrPoolSizeIsRefusedNamingTheSetting() {
    assertThatThrownBy(
            () ->
                new StoreConfig(
                    Path.of("d"),
                    Optional.of("jdbc:mysql://x"),
                    Optional.empty(),
                    Optional.empty(),
                    5))
        .hasMessage(
            "store.jdbcUrl must start with jdbc:postgresql: or jdbc:sqlite:, got jdbc:mysql://x");
    assertThatThrownBy(
            () ->
                new StoreConfig(
                    Path.of("d"), Optional.empty(), Optional.empty(), Optional.empty(), 0))
        .hasMessage("store.poolSize must be between 1 and 100, got 0");
  }
}
