package org.civicbrief.store.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of a query result, read the same way on every dialect: instants are stored as epoch
 * milliseconds, dates as ISO text, booleans as the database's boolean (an integer on SQLite).
 */
public final class Row {

  private final ResultSet rs;

  Row(ResultSet rs) {
    this.rs = rs;
  }

  /** A non-null text column. */
  public String text(String column) throws SQLException {
    String v = rs.getString(column);
    if (v == null) {
      throw new SQLException("column " + column + " is null");
    }
    return v;
  }

  /** A nullable text column. */
  public Optional<String> optText(String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** A non-null integer column. */
  public long number(String column) throws SQLException {
    long v = rs.getLong(column);
    if (rs.wasNull()) {
      throw new SQLException("column " + column + " is null");
    }
    return v;
  }

  /** A nullable integer column. */
  public Optional<Long> optNumber(String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  /** A non-null boolean column. */
  public boolean flag(String column) throws SQLException {
    return rs.getBoolean(column);
  }

  /** A non-null instant column. */
  public Instant instant(String column) throws SQLException {
    return Instant.ofEpochMilli(number(column));
  }

  /** A nullable instant column. */
  public Optional<Instant> optInstant(String column) throws SQLException {
    return optNumber(column).map(Instant::ofEpochMilli);
  }

  /** A nullable date column. */
  public Optional<LocalDate> optDate(String column) throws SQLException {
    return optText(column).map(LocalDate::parse);
  }

  /** A nullable binary column. */
  public Optional<byte[]> optBytes(String column) throws SQLException {
    return Optional.ofNullable(rs.getBytes(column));
  }
}
