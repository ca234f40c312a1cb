package org.civicbrief.store.db;

import java.sql.SQLException;

/** What runs inside one transaction. */
@FunctionalInterface
public interface Work<T> {

  /**
   * Runs with {@code tx}; the transaction commits when this returns and rolls back if it throws.
   */
  T run(Transaction tx) throws SQLException;
}
