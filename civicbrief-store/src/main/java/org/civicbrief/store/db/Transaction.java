package org.civicbrief.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection inside one transaction, with the few statement shapes the repositories use.
 * Parameters may be strings, numbers, booleans, byte arrays, instants (stored as epoch
 * milliseconds), dates (stored as ISO text), {@link Optional}s of those, or null.
 */
public final class Transaction {

  private final Connection connection;
  private final Dialect dialect;
  private final List<Runnable> afterCommit = new ArrayList<>();

  Transaction(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** The dialect, for the few statements that differ. */
  public Dialect dialect() {
    return dialect;
  }

  /** Runs an insert, update or delete and returns the number of rows it touched. */
  public int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = prepare(sql, params)) {
      return st.executeUpdate();
    }
  }

  /** Runs a statement ending in {@code RETURNING id} and returns that id. */
  public long insert(String sql, Object... params) throws SQLException {
    return one(sql, r -> r.number("id"), params)
        .orElseThrow(() -> new SQLException("no id returned by " + sql));
  }

  /** Runs a query and maps every row. */
  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement st = prepare(sql, params);
        ResultSet rs = st.executeQuery()) {
      List<T> out = new ArrayList<>();
      Row row = new Row(rs);
      while (rs.next()) {
        out.add(mapper.map(row));
      }
      return out;
    }
  }

  /** Runs a query and maps its first row, if there is one. */
  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement st = prepare(sql, params);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? Optional.of(mapper.map(new Row(rs))) : Optional.empty();
    }
  }

  /**
   * Runs {@code action} once the transaction has committed; for effects outside the database (the
   * search index, waking workers) that must not happen if it rolls back.
   */
  public void afterCommit(Runnable action) {
    afterCommit.add(action);
  }

  List<Runnable> afterCommitActions() {
    return List.copyOf(afterCommit);
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement st = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        bind(st, i + 1, params[i]);
      }
      return st;
    } catch (SQLException | RuntimeException e) {
      st.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement st, int index, Object value) throws SQLException {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    switch (v) {
      case null -> st.setNull(index, Types.NULL);
      case String s -> st.setString(index, s);
      case Long l -> st.setLong(index, l);
      case Integer n -> st.setInt(index, n);
      case Boolean b -> st.setBoolean(index, b);
      case byte[] bytes -> st.setBytes(index, bytes);
      case Instant t -> st.setLong(index, t.toEpochMilli());
      case LocalDate d -> st.setString(index, d.toString());
      default ->
          throw new IllegalArgumentException(
              "cannot bind a " + v.getClass().getName() + " as a statement parameter");
    }
  }
}
