package org.civicbrief.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.civicbrief.core.common.TestPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The store contract on the PostgreSQL server at 127.0.0.1:5432, database {@code test}, each test
 * in a schema of its own that is dropped afterwards. Without a server the tests are skipped with a
 * message, except on CI ({@code CI=true}), where they fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreTest extends StoreContract {

  private static final String SERVER = TestPostgres.SERVER;

  private String user;
  private String unreachable;
  private String schema;

  @BeforeAll
  void findServer() {
    TestPostgres.Found found = TestPostgres.find();
    if (found.user().isPresent()) {
      user = found.user().get();
      return;
    }
    unreachable = found.unreachable();
    if (TestPostgres.onCi()) {
      fail(unreachable + "; CI must run the PostgreSQL repository tests");
    }
    System.err.println(
        "[civicbrief-store] SKIPPING the PostgreSQL repository tests: " + unreachable);
  }

  @Override
  StoreConfig freshDatabase(Path dataFolder) throws SQLException {
    // Skipped one by one, so the build summary counts them as skipped.
    Assumptions.assumeTrue(user != null, () -> unreachable + "; set CI=true to fail instead");
    schema = "cb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    return StoreConfig.postgres(
        dataFolder, SERVER + "?currentSchema=" + schema, user, Optional.empty());
  }

  @Override
  void loseSearch(StoreConfig config) throws SQLException {
    execute("DELETE FROM " + schema + ".search_documents");
  }

  @Override
  void dropDatabase() throws SQLException {
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
      schema = null;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, user, null);
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
