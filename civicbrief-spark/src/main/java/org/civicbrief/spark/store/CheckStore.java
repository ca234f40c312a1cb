package org.civicbrief.spark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.civicbrief.spark.BatchSetupException;

/**
 * Checks, before any briefing is made, that the database is reachable and has the tables {@code
 * civicbrief serve} creates, so that a long job does not fail at its end.
 */
public final class CheckStore {

  /** The oldest schema version with the tables the job writes. */
  static final int FIRST_VERSION = 1;

  private CheckStore() {}

  /**
   * Checks {@code target}.
   *
   * @throws BatchSetupException when it cannot be reached or has no civicbrief schema
   */
  public static void check(StoreTarget target) {
    try (Connection c = target.connect();
        Statement s = c.createStatement()) {
      int version;
      try (ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
        version = r.next() ? r.getInt(1) : 0;
      } catch (SQLException e) {
        version = 0;
      }
      if (version < FIRST_VERSION) {
        throw new BatchSetupException(
            "the database "
                + target
                + " has no civicbrief tables; run civicbrief serve with it once, which creates"
                + " them");
      }
    } catch (SQLException e) {
      throw new BatchSetupException(
          "cannot reach the database " + target + ": " + firstLine(e.getMessage()), e);
    }
  }

  static String firstLine(String message) {
    return message == null ? "no message" : message.lines().findFirst().orElse("no message");
  }
}
