package org.civicbrief.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import org.civicbrief.store.article.Articles;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.briefing.Briefings;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Dialect;
import org.civicbrief.store.db.Json;
import org.civicbrief.store.db.Migrate;
import org.civicbrief.store.db.StoreException;
import org.civicbrief.store.feed.Feeds;
import org.civicbrief.store.job.JobHandler;
import org.civicbrief.store.job.JobQueue;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.job.JobWorkers;
import org.civicbrief.store.quiz.Quizzes;
import org.civicbrief.store.search.PostgresSearch;
import org.civicbrief.store.search.Search;
import org.civicbrief.store.search.SearchIndex;
import org.civicbrief.store.story.Stories;
import org.civicbrief.store.user.ApiTokens;
import org.civicbrief.store.user.ServerKeys;
import org.civicbrief.store.user.SignInFailures;
import org.civicbrief.store.user.SignIns;
import org.civicbrief.store.user.Users;

/**
 * The store: the database (SQLite in the data folder, or PostgreSQL), migrated to the current
 * schema, the search index, and the repositories over them. Open one per process and share it;
 * every repository is thread-safe.
 */
public final class Store implements AutoCloseable {

  private final Database db;
  private final Search index;
  private final AuditLog audit;
  private final JobQueue jobs;
  private final Articles articles;
  private final Quizzes quizzes;
  private final Briefings briefings;
  private final Users users;
  private final ApiTokens apiTokens;
  private final SignInFailures signInFailures;
  private final SignIns signIns;
  private final ServerKeys serverKeys;
  private final Feeds feeds;
  private final Stories stories;

  private Store(Database db, Search index, Clock clock) {
    Json json = new Json();
    this.db = db;
    this.index = index;
    this.audit = new AuditLog(db, json, clock);
    this.jobs = new JobQueue(db, audit, clock);
    this.articles = new Articles(db, jobs, audit, clock);
    this.quizzes = new Quizzes(db, json, audit, clock);
    this.briefings = new Briefings(db, json, quizzes, audit, clock, index);
    this.users = new Users(db, audit, clock);
    this.apiTokens = new ApiTokens(db, audit, clock);
    this.signIns = new SignIns(db, clock);
    this.signInFailures = new SignInFailures(db, clock);
    this.serverKeys = new ServerKeys(db, clock);
    this.feeds = new Feeds(db, audit, clock);
    this.stories = new Stories(db, json, articles, briefings, clock);
  }

  /** Opens the store {@code config} names, with the system clock. */
  public static Store open(StoreConfig config) {
    return open(config, Clock.systemUTC());
  }

  /**
   * Opens the store: creates the data folder and the database on first run, applies pending
   * migrations, opens the search index and rebuilds it when it is empty but briefings are
   * published.
   *
   * @throws StoreException when the database cannot be reached or migrated, or the index opened
   */
  public static Store open(StoreConfig config, Clock clock) {
    return open(config, clock, true);
  }

  /**
   * Opens the store for work on accounts and tokens beside running servers: as {@link
   * #open(StoreConfig)}, except that a SQLite store leaves the Lucene index alone, which the server
   * on the data folder holds (one process at a time), and refuses to search or publish. A
   * PostgreSQL store searches in the database and is opened whole.
   */
  public static Store openForAccounts(StoreConfig config) {
    return open(config, Clock.systemUTC(), false);
  }

  private static Store open(StoreConfig config, Clock clock, boolean withIndex) {
    try {
      Files.createDirectories(config.dataFolder());
    } catch (IOException e) {
      throw new StoreException("cannot create the data folder " + config.dataFolder(), e);
    }
    // Stored instants have millisecond precision; a clock that ticks in milliseconds makes what is
    // returned equal what is read back.
    Clock millis = Clock.tick(clock, Duration.ofMillis(1));
    HikariDataSource pool = ConnectionPool.open(config);
    Database db = new Database(config.dialect(), pool, pool);
    Search index = null;
    try {
      new Migrate(db, millis).run();
      // PostgreSQL searches in the database, so every server on it finds what any one publishes;
      // a SQLite store, which one machine holds, keeps a Lucene index beside its file.
      if (config.dialect() == Dialect.POSTGRESQL) {
        index = new PostgresSearch(db);
      } else {
        index = withIndex ? SearchIndex.open(config.indexFolder()) : Search.Unavailable.INSTANCE;
      }
      Store store = new Store(db, index, millis);
      store.articles.fingerprintMissing();
      if (withIndex && index.isEmpty() && store.briefings.countPublished() > 0) {
        store.rebuildSearchIndex();
      }
      return store;
    } catch (RuntimeException e) {
      if (index != null) {
        index.close();
      }
      db.close();
      throw e;
    }
  }

  /** The database in use. */
  public Dialect dialect() {
    return db.dialect();
  }

  /** Submitted articles. */
  public Articles articles() {
    return articles;
  }

  /** Briefings and their review. */
  public Briefings briefings() {
    return briefings;
  }

  /** Quizzes, question reviews and attempts. */
  public Quizzes quizzes() {
    return quizzes;
  }

  /** User accounts. */
  public Users users() {
    return users;
  }

  /** API tokens. */
  public ApiTokens apiTokens() {
    return apiTokens;
  }

  /** Signed-in browsers, shared by every server on the database. */
  public SignIns signIns() {
    return signIns;
  }

  /** Failed sign-ins per user name and address, shared by every server on the database. */
  public SignInFailures signInFailures() {
    return signInFailures;
  }

  /** Secret keys shared by every server on the database. */
  public ServerKeys serverKeys() {
    return serverKeys;
  }

  /** Feed subscriptions. */
  public Feeds feeds() {
    return feeds;
  }

  /** Story membership and the stories readers see. */
  public Stories stories() {
    return stories;
  }

  /** The audit log. */
  public AuditLog audit() {
    return audit;
  }

  /** The job queue. */
  public JobQueue jobs() {
    return jobs;
  }

  /** Search over the published briefings. */
  public Search search() {
    return index;
  }

  /** Replaces the search index with what the database holds; returns how many briefings. */
  public int rebuildSearchIndex() {
    return index.rebuild(briefings);
  }

  /** Workers that run {@code handler} on queued jobs; call {@link JobWorkers#start()}. */
  public JobWorkers workers(JobHandler handler, JobSettings settings) {
    return new JobWorkers(jobs, handler, settings);
  }

  /**
   * Asks the database a trivial question, for readiness checks.
   *
   * @throws org.civicbrief.store.db.StoreException when it does not answer
   */
  public void ping() {
    db.read("reach the database", tx -> tx.one("SELECT 1 AS id", r -> r.number("id")));
  }

  /** Closes the index and the connection pool; close the workers first. */
  @Override
  public void close() {
    try {
      quizzes.close();
      index.close();
    } finally {
      db.close();
    }
  }
}
