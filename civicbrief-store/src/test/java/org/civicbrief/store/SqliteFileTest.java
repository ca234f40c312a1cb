package org.civicbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.civicbrief.store.db.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite file: made on first run, in WAL mode, and one process per data folder. */
class SqliteFileTest {

  @TempDir Path temp;

  @Test
  void theDataFolderAndTheDatabaseAreCreatedOnFirstRunInWalMode() throws Exception {
    Path folder = temp.resolve("nested/data");

    try (Store store = Store.open(StoreConfig.sqlite(folder))) {
      assertThat(store.jobs().counts()).isNotEmpty();
    }

    assertThat(folder.resolve("civicbrief.db")).isRegularFile();
    assertThat(folder.resolve("index")).isDirectory();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("civicbrief.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void aSecondProcessOnTheSameDataFolderIsToldWhy() {
    try (Store first = Store.open(StoreConfig.sqlite(temp))) {
      assertThatThrownBy(() -> Store.open(StoreConfig.sqlite(temp)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another civicbrief process");
      assertThat(first.users().count()).isZero();
    }
  }

  @Test
  void aDataFolderThatIsAFileIsReportedByName() throws Exception {
    Path file = Files.writeString(temp.resolve("taken"), "x");

    assertThatThrownBy(() -> Store.open(StoreConfig.sqlite(file)))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot create the data folder " + file);
  }
}
