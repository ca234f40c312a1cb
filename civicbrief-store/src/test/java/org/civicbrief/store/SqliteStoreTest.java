package org.civicbrief.store;

import java.nio.file.Path;

/** The store contract on a SQLite file in a temporary data folder. */
class SqliteStoreTest extends StoreContract {

  @Override
  StoreConfig freshDatabase(Path dataFolder) {
    return StoreConfig.sqlite(dataFolder);
  }

  @Override
  void dropDatabase() {
    // The temporary folder goes with the test.
  }
}
