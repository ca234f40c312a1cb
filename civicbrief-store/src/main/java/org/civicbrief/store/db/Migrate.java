package org.civicbrief.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicbrief.core.common.Sha256;

/**
 * Brings the schema up to date with the versioned SQL scripts of the dialect ({@code V1.sql},
 * {@code V2.sql}, ...), recording each in {@code schema_version} with a checksum. See ADR 5.
 */
public final class Migrate {

  // Any constant works; it only has to be the same in every process that migrates this database.
  private static final long ADVISORY_LOCK = 0x63697669636272L;

  private final Database db;
  private final Clock clock;
  private final ClassLoader loader;

  /** A migrator for {@code db} that reads scripts with this class's loader. */
  public Migrate(Database db, Clock clock) {
    this(db, clock, Migrate.class.getClassLoader());
  }

  Migrate(Database db, Clock clock, ClassLoader loader) {
    this.db = db;
    this.clock = clock;
    this.loader = loader;
  }

  /** One script: its version, its description (the first comment line) and its text. */
  record Script(int version, String description, String sql, String checksum) {}

  /**
   * Applies the scripts the database has not seen, all in one transaction, and returns the schema
   * version. Fails when an applied script has changed or the database is newer than this code.
   */
  public int run() {
    List<Script> scripts = scripts();
    return db.write(
        "migrate the database schema",
        tx -> {
          if (tx.dialect() == Dialect.POSTGRESQL) {
            // Two instances starting together must not both apply V1.
            tx.one("SELECT pg_advisory_xact_lock(?) AS id", r -> 0L, ADVISORY_LOCK);
          }
          tx.update(
              "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                  + " description TEXT NOT NULL, checksum TEXT NOT NULL, applied_at BIGINT NOT"
                  + " NULL)");
          TreeMap<Integer, String> applied = new TreeMap<>();
          for (var row :
              tx.list(
                  "SELECT version, checksum FROM schema_version",
                  r -> Map.entry((int) r.number("version"), r.text("checksum")))) {
            applied.put(row.getKey(), row.getValue());
          }
          check(applied, scripts);
          int version = applied.isEmpty() ? 0 : applied.lastKey();
          for (Script s : scripts) {
            if (!applied.containsKey(s.version())) {
              for (String statement : statements(s.sql())) {
                tx.update(statement);
              }
              tx.update(
                  "INSERT INTO schema_version (version, description, checksum, applied_at)"
                      + " VALUES (?, ?, ?, ?)",
                  s.version(),
                  s.description(),
                  s.checksum(),
                  clock.instant());
              version = s.version();
            }
          }
          return version;
        });
  }

  private static void check(Map<Integer, String> applied, List<Script> scripts)
      throws SQLException {
    for (var e : applied.entrySet()) {
      if (e.getKey() > scripts.size()) {
        throw new SQLException(
            "the database has schema version "
                + e.getKey()
                + " but this civicbrief knows only up to "
                + scripts.size()
                + "; use a newer civicbrief");
      }
      if (!scripts.get(e.getKey() - 1).checksum().equals(e.getValue())) {
        throw new SQLException(
            "migration V"
                + e.getKey()
                + " was changed after it was applied; restore it and add a new migration instead");
      }
    }
  }

  /** The scripts of the dialect, V1 upwards until the first missing number. */
  List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    for (int v = 1; ; v++) {
      String name = db.dialect().migrationFolder() + "V" + v + ".sql";
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          return out;
        }
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // Hash with one kind of line end, so a checkout that converts them does not look changed.
        out.add(new Script(v, description(sql, name), sql, Sha256.hex(sql.replace("\r\n", "\n"))));
      } catch (IOException e) {
        throw new StoreException("cannot read migration " + name, e);
      }
    }
  }

  private static String description(String sql, String name) {
    String first = sql.lines().findFirst().orElse("");
    if (!first.startsWith("-- ")) {
      throw new StoreException("migration " + name + " must start with a '-- description' line");
    }
    return first.substring(3).strip();
  }

  /**
   * The statements of a script: text up to each semicolon that ends a line. The scripts are ours
   * and keep to that rule, which spares a SQL parser.
   */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
