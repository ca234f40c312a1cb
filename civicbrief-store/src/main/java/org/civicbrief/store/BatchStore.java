package org.civicbrief.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.KeepBriefings;
import org.civicbrief.core.pipeline.Kept;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.store.article.Articles;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.briefing.Briefings;
import org.civicbrief.store.briefing.PublicationListener;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Json;
import org.civicbrief.store.db.Migrate;
import org.civicbrief.store.db.Saved;
import org.civicbrief.store.db.StoreException;
import org.civicbrief.store.db.Transaction;
import org.civicbrief.store.job.JobQueue;
import org.civicbrief.store.quiz.Quizzes;
import org.civicbrief.store.story.Stories;

/**
 * The store as a batch job's executors see it: the repositories that keep articles, briefings,
 * quizzes and story places, over one connection, without the search index (drafts are not
 * searchable) and without applying migrations, which {@link #prepare} does once before the job.
 */
public final class BatchStore implements KeepBriefings {

  /** Who the audit log says made the changes. */
  static final Principal BATCH = Principal.system("batch");

  private final Database db;
  private final Articles articles;
  private final Briefings briefings;
  private final Stories stories;

  private BatchStore(Database db, Clock clock) {
    Json json = new Json();
    AuditLog audit = new AuditLog(db, json, clock);
    Quizzes quizzes = new Quizzes(db, json, audit, clock);
    this.db = db;
    this.articles = new Articles(db, new JobQueue(db, audit, clock), audit, clock);
    this.briefings = new Briefings(db, json, quizzes, audit, clock, Drafts.ONLY);
    this.stories = new Stories(db, json, articles, briefings, clock);
  }

  /**
   * Applies the pending migrations to the database {@code config} names, creating its tables when
   * it is new, as {@code civicbrief serve} would on its first start.
   *
   * @throws StoreException when it cannot be reached or migrated
   */
  public static void prepare(StoreConfig config) {
    try (Database db = database(config)) {
      new Migrate(db, millis(Clock.systemUTC())).run();
    }
  }

  /** Opens the store {@code config} names, whose tables {@link #prepare} has made. */
  public static BatchStore open(StoreConfig config) {
    return new BatchStore(database(config), millis(Clock.systemUTC()));
  }

  private static Database database(StoreConfig config) {
    HikariDataSource pool =
        ConnectionPool.open(
            new StoreConfig(
                config.dataFolder(), config.jdbcUrl(), config.user(), config.password(), 1));
    return new Database(config.dialect(), pool, pool);
  }

  private static Clock millis(Clock clock) {
    return Clock.tick(clock, Duration.ofMillis(1));
  }

  @Override
  public Outcome<Kept> keep(Briefing briefing) {
    Objects.requireNonNull(briefing, "briefing");
    try {
      return Outcome.ok(
          db.write(
              "keep the briefing of " + briefing.article().origin(),
              tx -> {
                Saved article = articles.keep(tx, briefing.article(), BATCH);
                Saved saved = briefings.save(tx, article.id(), briefing, BATCH);
                return new Kept(article.id(), saved.id(), !saved.now());
              }));
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        // The connection is gone, which is no fault of this briefing: the caller retries.
        throw e;
      }
      String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      return Outcome.failed("the database refused it: " + firstLine(message));
    }
  }

  @Override
  public long placeInStory(List<StoryFeatures> members) {
    return stories.placeInStory(members);
  }

  private static String firstLine(String message) {
    return message == null
        ? "no message"
        : message.lines().findFirst().orElse("no message").strip();
  }

  @Override
  public void close() {
    db.close();
  }

  /** Nothing a batch keeps is published, so the search index never hears of it. */
  private enum Drafts implements PublicationListener {
    ONLY;

    @Override
    public void published(Transaction tx, StoredBriefing briefing) {
      throw new IllegalStateException("a batch keeps drafts; it publishes nothing");
    }

    @Override
    public void withdrawn(Transaction tx, long briefingId) {
      throw new IllegalStateException("a batch keeps drafts; it withdraws nothing");
    }
  }
}
