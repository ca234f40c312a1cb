package org.civicbrief.store.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Row;

/**
 * The feed subscriptions. A poller claims a due feed (which moves its next poll out by a lease, so
 * no other poller takes it meanwhile), polls it, and records the outcome with the time of the next
 * poll; entries are remembered by key so that each is submitted once.
 */
public final class Feeds {

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;

  /** The feeds in {@code db}. */
  public Feeds(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Subscribes to the feed at {@code url}, to be polled at once. An address that is not http(s) or
   * is already subscribed is a failed outcome saying so.
   */
  public Outcome<Feed> add(String url, Principal who) {
    String u = url == null ? "" : url.strip();
    Optional<String> problem = problem(u);
    if (problem.isPresent()) {
      return Outcome.failed(problem.get());
    }
    Instant now = clock.instant();
    return db.write(
        "subscribe to " + u,
        tx -> {
          Optional<Long> existing =
              tx.one("SELECT id FROM feeds WHERE url = ?", r -> r.number("id"), u);
          if (existing.isPresent()) {
            return Outcome.failed("already subscribed to " + u + " (feed " + existing.get() + ")");
          }
          long id =
              tx.insert(
                  "INSERT INTO feeds (url, added_by, created_at, failures, next_poll_at, entries)"
                      + " VALUES (?, ?, ?, 0, ?, 0) RETURNING id",
                  u,
                  who.userId(),
                  now,
                  now);
          audit.record(tx, who, AuditAction.FEED_ADD, "feed", id, Map.of("url", u));
          return Outcome.ok(tx.one("SELECT * FROM feeds WHERE id = ?", Feeds::feed, id).get());
        });
  }

  /** Unsubscribes from feed {@code id}; false when there is no such feed. */
  public boolean remove(long id, Principal who) {
    return db.write(
        "remove feed " + id,
        tx -> {
          Optional<String> url =
              tx.one("SELECT url FROM feeds WHERE id = ?", r -> r.text("url"), id);
          if (url.isEmpty()) {
            return false;
          }
          tx.update("DELETE FROM feed_entries WHERE feed_id = ?", id);
          tx.update("DELETE FROM feeds WHERE id = ?", id);
          audit.record(tx, who, AuditAction.FEED_REMOVE, "feed", id, Map.of("url", url.get()));
          return true;
        });
  }

  /** Every feed, in the order they were added. */
  public List<Feed> list() {
    return db.read("list feeds", tx -> tx.list("SELECT * FROM feeds ORDER BY id", Feeds::feed));
  }

  /** The feed with {@code id}. */
  public Optional<Feed> find(long id) {
    return db.read(
        "read feed " + id, tx -> tx.one("SELECT * FROM feeds WHERE id = ?", Feeds::feed, id));
  }

  /** Makes feed {@code id} due now; false when there is no such feed. */
  public boolean pollSoon(long id) {
    Instant now = clock.instant();
    return db.write(
        "schedule feed " + id,
        tx -> tx.update("UPDATE feeds SET next_poll_at = ? WHERE id = ?", now, id) > 0);
  }

  /**
   * Takes the feed that has been due longest, moving its next poll {@code lease} ahead so that no
   * other poller takes it while this one works; empty when no feed is due.
   */
  public Optional<Feed> claimDue(Duration lease) {
    Instant now = clock.instant();
    return db.write(
        "claim a due feed",
        tx ->
            tx.one(
                "UPDATE feeds SET next_poll_at = ? WHERE id = (SELECT id FROM feeds WHERE"
                    + " next_poll_at <= ? ORDER BY next_poll_at, id LIMIT 1"
                    + tx.dialect().skipLocked()
                    + ") RETURNING *",
                Feeds::feed,
                now.plus(lease),
                now));
  }

  /**
   * Records a successful poll: the validators to send next time (a 304 keeps the old ones, pass
   * them again), the feed's title, and when to poll next. Clears the error and the failure count.
   */
  public void succeeded(
      long id,
      Optional<String> etag,
      Optional<String> lastModified,
      Optional<String> title,
      Instant nextPollAt) {
    Instant now = clock.instant();
    db.write(
        "record the poll of feed " + id,
        tx ->
            tx.update(
                "UPDATE feeds SET etag = ?, last_modified = ?, title = COALESCE(?, title),"
                    + " polled_at = ?, succeeded_at = ?, last_error = NULL, failures = 0,"
                    + " next_poll_at = ? WHERE id = ?",
                etag,
                lastModified,
                title,
                now,
                now,
                nextPollAt,
                id));
  }

  /** Records a failed poll with its reason and when to try again; returns the failures in a row. */
  public int failed(long id, String error, Instant nextPollAt) {
    Instant now = clock.instant();
    return db.write(
        "record the failed poll of feed " + id,
        tx -> {
          tx.update(
              "UPDATE feeds SET polled_at = ?, last_error = ?, failures = failures + 1,"
                  + " next_poll_at = ? WHERE id = ?",
              now,
              error,
              nextPollAt,
              id);
          return tx.one("SELECT failures FROM feeds WHERE id = ?", r -> r.number("failures"), id)
              .map(Long::intValue)
              .orElse(0);
        });
  }

  /** True when entry {@code key} of feed {@code feedId} has been seen before. */
  public boolean seen(long feedId, String key) {
    return db.read(
        "look up an entry of feed " + feedId,
        tx ->
            tx.one(
                    "SELECT 1 AS id FROM feed_entries WHERE feed_id = ? AND entry_key = ?",
                    r -> 1L,
                    feedId,
                    key)
                .isPresent());
  }

  /**
   * Remembers entry {@code key} of feed {@code feedId}, with the article it became or the problem
   * that kept it out, so that it is not submitted again; false when it was already remembered.
   */
  public boolean remember(
      long feedId, String key, Optional<Long> articleId, Optional<String> problem) {
    Instant now = clock.instant();
    return db.write(
        "remember an entry of feed " + feedId,
        tx -> {
          int added =
              tx.update(
                  "INSERT INTO feed_entries (feed_id, entry_key, article_id, problem, seen_at)"
                      + " SELECT id, ?, ?, ?, ? FROM feeds WHERE id = ? ON CONFLICT (feed_id,"
                      + " entry_key) DO NOTHING",
                  key,
                  articleId,
                  problem,
                  now,
                  feedId);
          if (added > 0) {
            tx.update("UPDATE feeds SET entries = entries + 1 WHERE id = ?", feedId);
          }
          return added > 0;
        });
  }

  static Optional<String> problem(String url) {
    if (url.isEmpty()) {
      return Optional.of("a feed needs an address");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("not a valid address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("a feed address starts with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("the feed address has no host name");
    }
    return Optional.empty();
  }

  private static Feed feed(Row r) throws SQLException {
    return new Feed(
        r.number("id"),
        r.text("url"),
        r.optText("title"),
        r.optText("etag"),
        r.optText("last_modified"),
        r.instant("created_at"),
        r.optInstant("polled_at"),
        r.optInstant("succeeded_at"),
        r.optText("last_error"),
        (int) r.number("failures"),
        r.instant("next_poll_at"),
        r.number("entries"));
  }
}
