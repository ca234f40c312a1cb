package org.civicbrief.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The migration runner: each script once, in order, and never a changed one. */
class MigrateTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
  @TempDir Path folder;
  private Database db;

  @BeforeEach
  void open() {
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + folder.resolve("m.db"));
    db = new Database(Dialect.SQLITE, ds, () -> {});
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void eachScriptIsAppliedOnceAndRecorded() {
    int version = new Migrate(db, clock).run();

    assertThat(new Migrate(db, clock).run()).isEqualTo(version);
    assertThat(version).isEqualTo(new Migrate(db, clock).scripts().size());
    Optional<Long> recorded =
        db.read(
            "count", tx -> tx.one("SELECT COUNT(*) AS n FROM schema_version", r -> r.number("n")));
    assertThat(recorded).contains((long) version);
  }

  @Test
  void aScriptChangedAfterItWasAppliedIsRefused() {
    new Migrate(db, clock).run();

    Migrate changed =
        new Migrate(db, clock, serving("V1.sql", "-- init\nCREATE TABLE t (x INT);\n"));

    assertThatThrownBy(changed::run)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("migration V1 was changed after it was applied");
  }

  @Test
  void aDatabaseNewerThanThisCodeIsRefused() {
    new Migrate(db, clock).run();
    db.write(
        "pretend a newer version",
        tx -> tx.update("INSERT INTO schema_version VALUES (999, 'future', 'x', 0)"));

    assertThatThrownBy(() -> new Migrate(db, clock).run())
        .hasMessageContaining("the database has schema version 999")
        .hasMessageContaining("use a newer civicbrief");
  }

  @Test
  void statementsEndAtASemicolonThatEndsALineAndCommentsAreDropped() {
    assertThat(
            Migrate.statements(
                "-- about\nCREATE TABLE a (\n  x TEXT CHECK (x IN ('a;b'))\n);\n\n-- next\nCREATE INDEX i ON a (x);\n"))
        .containsExactly(
            "CREATE TABLE a (\n  x TEXT CHECK (x IN ('a;b'))\n)", "CREATE INDEX i ON a (x)");
  }

  /** A class loader that serves {@code text} for one script and the real ones otherwise. */
  private static ClassLoader serving(String script, String text) {
    return new ClassLoader(MigrateTest.class.getClassLoader()) {
      @Override
      public InputStream getResourceAsStream(String name) {
        if (name.endsWith("/sqlite/" + script)) {
          return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
        return super.getResourceAsStream(name);
      }
    };
  }
}
