package org.civicbrief.store.db;

import java.sql.SQLException;

/** Turns the current row of a result into a value. */
@FunctionalInterface
public interface RowMapper<T> {

  /** Maps one row. */
  T map(Row row) throws SQLException;
}
