package org.civicbrief.store.article;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.dedupe.FindDuplicate;
import org.civicbrief.core.dedupe.Fingerprint;
import org.civicbrief.core.dedupe.FingerprintText;
import org.civicbrief.core.story.Carrier;
import org.civicbrief.core.story.Outlets;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.Saved;
import org.civicbrief.store.db.Transaction;
import org.civicbrief.store.job.Job;
import org.civicbrief.store.job.JobQueue;

/**
 * The articles. A submission is stored and its briefing job queued in one transaction, so a
 * submission the caller was told is accepted survives a crash and gets briefed.
 */
public final class Articles {

  private final Database db;
  private final JobQueue jobs;
  private final AuditLog audit;
  private final Clock clock;
  private final FingerprintText fingerprints = new FingerprintText();
  private final FindDuplicate findDuplicate = new FindDuplicate();

  /** The articles in {@code db}, queuing their jobs on {@code jobs}. */
  public Articles(Database db, JobQueue jobs, AuditLog audit, Clock clock) {
    this.db = db;
    this.jobs = jobs;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores a submission and queues the job that briefs it. Content already stored (see {@link
   * ContentHash}) is not stored again, and neither is a copy of a stored article (the same words up
   * to case and punctuation, or a wire copy with small edits, see {@link FindDuplicate}): the copy
   * is recorded as another outlet carrying the original, and the original and its newest job come
   * back, marked as a duplicate. An article without text is a failed outcome.
   */
  public Outcome<Submitted> submit(Submission submission, Principal who) {
    Article a = submission.article();
    if (a.text().isBlank()) {
      return Outcome.failed("the article has no text");
    }
    String hash = ContentHash.of(a.text());
    Fingerprint fingerprint = fingerprints.fingerprint(a.text());
    Optional<RawDocument> raw = submission.raw();
    return db.write(
        "store the submission from " + a.origin(),
        tx -> {
          Optional<Long> same =
              tx.one("SELECT id FROM articles WHERE content_hash = ?", r -> r.number("id"), hash);
          if (same.isPresent()) {
            return Outcome.ok(duplicate(tx, same.get(), a, true, who));
          }
          StoredFingerprints index = new StoredFingerprints(tx);
          Optional<String> original = findDuplicate.check(fingerprint, index).original();
          if (original.isPresent()) {
            boolean exact = index.withContentHash(fingerprint.contentHash()).isPresent();
            return Outcome.ok(duplicate(tx, Long.parseLong(original.get()), a, exact, who));
          }
          Optional<Long> inserted = insert(tx, a, raw, hash, who);
          if (inserted.isEmpty()) {
            // Another process stored the same content since we looked.
            return Outcome.ok(duplicate(tx, stored(tx, hash), a, true, who));
          }
          long id = inserted.get();
          index.add(String.valueOf(id), fingerprint);
          long job = jobs.enqueue(tx, id, Job.BRIEF);
          audit.record(tx, who, AuditAction.ARTICLE_SUBMIT, "article", id, submitted(a, hash, job));
          return Outcome.ok(new Submitted(id, job, false));
        });
  }

  /**
   * Keeps an article briefed elsewhere (a batch job), inside {@code tx}: stored once per content,
   * fingerprinted so that later copies of it are recognized, and with no briefing job queued, since
   * its briefing comes with it.
   *
   * @return the article's id, and whether it was stored now
   */
  public Saved keep(Transaction tx, Article a, Principal who) throws SQLException {
    String hash = ContentHash.of(a.text());
    Optional<Long> inserted = insert(tx, a, Optional.empty(), hash, who);
    if (inserted.isEmpty()) {
      return new Saved(stored(tx, hash), false);
    }
    long id = inserted.get();
    new StoredFingerprints(tx).add(String.valueOf(id), fingerprints.fingerprint(a.text()));
    audit.record(tx, who, AuditAction.ARTICLE_SUBMIT, "article", id, submitted(a, hash, 0));
    return new Saved(id, true);
  }

  /** The article whose content has {@code hash}, which another process may just have stored. */
  private static long stored(Transaction tx, String hash) throws SQLException {
    return tx.one("SELECT id FROM articles WHERE content_hash = ?", r -> r.number("id"), hash)
        .orElseThrow(() -> new SQLException("article " + hash + " vanished"));
  }

  /** The audit details of a stored article; {@code job} 0 when none was queued. */
  private static Map<String, Object> submitted(Article a, String hash, long job) {
    return job == 0
        ? Map.of("origin", a.origin(), "hash", hash)
        : Map.of("origin", a.origin(), "hash", hash, "job", job);
  }

  private Optional<Long> insert(
      Transaction tx, Article a, Optional<RawDocument> raw, String hash, Principal who)
      throws SQLException {
    return tx.one(
        "INSERT INTO articles (content_hash, origin, raw_origin, media_type, charset,"
            + " raw_content, text, title, title_in_text, byline, publisher, published_on,"
            + " updated_on, canonical_url, language, submitted_by, created_at) VALUES (?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash)"
            + " DO NOTHING RETURNING id",
        r -> r.number("id"),
        hash,
        a.origin(),
        raw.map(RawDocument::origin),
        raw.flatMap(RawDocument::mediaType),
        raw.flatMap(RawDocument::charset),
        raw.map(RawDocument::content),
        a.text(),
        a.title(),
        a.titleInText(),
        a.byline(),
        a.publisher(),
        a.published(),
        a.updated(),
        a.canonicalUrl(),
        a.language(),
        who.userId(),
        clock.instant());
  }

  /**
   * A submission that copies article {@code originalId}: when it came from somewhere else, it is
   * recorded as one more outlet carrying the original.
   */
  private Submitted duplicate(
      Transaction tx, long originalId, Article copy, boolean exact, Principal who)
      throws SQLException {
    String originOfOriginal =
        tx.one("SELECT origin FROM articles WHERE id = ?", r -> r.text("origin"), originalId)
            .orElseThrow(() -> new SQLException("article " + originalId + " vanished"));
    if (!originOfOriginal.equals(copy.origin())) {
      int added =
          tx.update(
              "INSERT INTO carriers (original_id, origin, outlet, url, published_on, exact,"
                  + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (original_id, origin) DO"
                  + " NOTHING",
              originalId,
              copy.origin(),
              Outlets.of(copy),
              copy.canonicalUrl().or(() -> httpOrigin(copy.origin())),
              copy.published(),
              exact,
              clock.instant());
      if (added > 0) {
        audit.record(
            tx,
            who,
            AuditAction.ARTICLE_CARRY,
            "article",
            originalId,
            Map.of("origin", copy.origin(), "exact", exact));
      }
    }
    Optional<Job> job = jobs.latestFor(tx, originalId);
    long jobId = job.isPresent() ? job.get().id() : jobs.enqueue(tx, originalId, Job.BRIEF);
    return new Submitted(originalId, jobId, true);
  }

  private static Optional<String> httpOrigin(String origin) {
    return origin.startsWith("http://") || origin.startsWith("https://")
        ? Optional.of(origin)
        : Optional.empty();
  }

  /**
   * The other outlets that carried article {@code originalId}, in the order they arrived. A
   * carrier's article id is {@code copy-} and the carrier's number: a copy is not stored as an
   * article of its own.
   */
  public List<Carrier> carriers(long originalId) {
    return db.read(
        "read the outlets that carried article " + originalId,
        tx ->
            tx.list(
                "SELECT id, outlet, url, published_on, exact FROM carriers WHERE original_id = ?"
                    + " ORDER BY id",
                r ->
                    new Carrier(
                        "copy-" + r.number("id"),
                        r.text("outlet"),
                        r.optText("url"),
                        r.optDate("published_on"),
                        r.flag("exact")),
                originalId));
  }

  /**
   * Fingerprints the stored articles that have no fingerprint yet (those stored before duplicate
   * detection existed), so later copies of them are recognized; returns how many.
   */
  public int fingerprintMissing() {
    List<Long> missing =
        db.read(
            "find articles without a fingerprint",
            tx ->
                tx.list(
                    "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM fingerprints)"
                        + " ORDER BY id",
                    r -> r.number("id")));
    for (long id : missing) {
      String text = find(id).orElseThrow().article().text();
      Fingerprint f = fingerprints.fingerprint(text);
      db.write(
          "fingerprint article " + id,
          tx -> {
            if (tx.one("SELECT article_id FROM fingerprints WHERE article_id = ?", r -> 1L, id)
                .isEmpty()) {
              new StoredFingerprints(tx).add(String.valueOf(id), f);
            }
            return null;
          });
    }
    return missing.size();
  }

  /** The article with {@code id}. */
  public Optional<StoredArticle> find(long id) {
    return db.read(
        "read article " + id,
        tx -> tx.one("SELECT * FROM articles WHERE id = ?", Articles::stored, id));
  }

  /** The article whose content has {@code contentHash}. */
  public Optional<StoredArticle> byHash(String contentHash) {
    return db.read(
        "find an article by its content",
        tx ->
            tx.one("SELECT * FROM articles WHERE content_hash = ?", Articles::stored, contentHash));
  }

  /** The bytes an article arrived as, when they were kept. */
  public Optional<RawDocument> raw(long id) {
    return db.read(
        "read the original of article " + id,
        tx ->
            tx.one(
                    "SELECT raw_origin, media_type, charset, raw_content FROM articles WHERE id = ?",
                    Articles::raw,
                    id)
                .flatMap(o -> o));
  }

  /** The newest articles first. */
  public List<ArticleSummary> recent(int limit, int offset) {
    return db.read(
        "list articles",
        tx ->
            tx.list(
                "SELECT id, title, origin, created_at FROM articles ORDER BY id DESC LIMIT ?"
                    + " OFFSET ?",
                r ->
                    new ArticleSummary(
                        r.number("id"),
                        r.optText("title"),
                        r.text("origin"),
                        r.instant("created_at")),
                Math.max(0, limit),
                Math.max(0, offset)));
  }

  private static Optional<RawDocument> raw(Row r) throws SQLException {
    Optional<byte[]> bytes = r.optBytes("raw_content");
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RawDocument(
            r.text("raw_origin"), r.optText("media_type"), r.optText("charset"), bytes.get()));
  }

  private static StoredArticle stored(Row r) throws SQLException {
    Article article =
        new Article(
            r.text("text"),
            r.optText("title"),
            r.flag("title_in_text"),
            r.optText("byline"),
            r.optText("publisher"),
            r.optDate("published_on"),
            r.optDate("updated_on"),
            r.optText("canonical_url"),
            r.text("language"),
            r.text("origin"));
    return new StoredArticle(
        r.number("id"),
        article,
        r.text("content_hash"),
        r.optNumber("submitted_by"),
        r.instant("created_at"),
        r.optNumber("story_id"));
  }
}
