package org.civicbrief.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Runs units of work in transactions on a connection pool. On SQLite, writes from this process take
 * turns behind one lock so that concurrent workers never meet {@code SQLITE_BUSY}; readers run
 * alongside them, which WAL mode allows.
 */
public final class Database implements AutoCloseable {

  private final Dialect dialect;
  private final DataSource dataSource;
  private final AutoCloseable pool;
  private final ReentrantLock writeLock = new ReentrantLock(true);

  /** A database over {@code dataSource}; {@code pool} is closed with it. */
  public Database(Dialect dialect, DataSource dataSource, AutoCloseable pool) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.pool = Objects.requireNonNull(pool, "pool");
  }

  /** The dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Runs {@code work} in a write transaction and commits it.
   *
   * @param what what the work does, for the message if the database fails ("store the submission")
   */
  public <T> T write(String what, Work<T> work) {
    boolean locked = dialect.singleWriter();
    if (locked) {
      writeLock.lock();
    }
    Transaction tx;
    T result;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      tx = new Transaction(c, dialect);
      try {
        result = work.run(tx);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    } finally {
      if (locked) {
        writeLock.unlock();
      }
    }
    runAfterCommit(tx.afterCommitActions());
    return result;
  }

  /** Runs {@code work} on a connection in auto-commit mode, for reads. */
  public <T> T read(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(new Transaction(c, dialect));
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void runAfterCommit(List<Runnable> actions) {
    RuntimeException first = null;
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        // The transaction has committed; every follow-up still runs, and the first failure is
        // reported after them.
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public void close() {
    try {
      pool.close();
    } catch (Exception e) {
      throw new StoreException("cannot close the connection pool: " + e.getMessage(), e);
    }
  }
}
