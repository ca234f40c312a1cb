package org.civicbrief.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** The store contract on a SQLite file in a temporary data folder. */
class SqliteStoreTest extends StoreContract {

  @Override
  StoreConfig freshDatabase(Path dataFolder) {
    return StoreConfig.sqlite(dataFolder);
  }

  @Override
  void loseSearch(StoreConfig config) throws Exception {
    try (var files = Files.walk(config.indexFolder())) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Override
  void dropDatabase() {
    // The temporary folder goes with the test.
  }
}
