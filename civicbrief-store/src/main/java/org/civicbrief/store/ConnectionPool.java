package org.civicbrief.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.civicbrief.store.db.Dialect;
import org.civicbrief.store.db.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the connection pool a configuration names, with the settings each database needs. */
final class ConnectionPool {

  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private ConnectionPool() {}

  static HikariDataSource open(StoreConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("civicbrief-store");
    hikari.setMaximumPoolSize(config.poolSize());
    if (config.dialect() == Dialect.SQLITE) {
      hikari.setDataSource(sqlite(config.url()));
    } else {
      hikari.setJdbcUrl(config.url());
      config.user().ifPresent(hikari::setUsername);
      config.password().ifPresent(hikari::setPassword);
    }
    try {
      return new HikariDataSource(hikari);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StoreException(
          "cannot connect to "
              + config.url()
              + config.user().map(u -> " as " + u).orElse("")
              + ": "
              + cause.getMessage(),
          e);
    }
  }

  private static SQLiteDataSource sqlite(String url) {
    SQLiteConfig config = new SQLiteConfig();
    // WAL lets readers run while the one writer writes; FULL syncs the log at every commit, so a
    // submission we said was accepted survives a power cut as well as a kill.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    // Take the write lock when a transaction starts, not on its first write, so two transactions
    // never both read and then deadlock on upgrading.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl(url);
    return ds;
  }
}
