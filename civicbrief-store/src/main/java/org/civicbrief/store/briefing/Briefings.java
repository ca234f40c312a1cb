package org.civicbrief.store.briefing;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Json;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.Saved;
import org.civicbrief.store.db.Transaction;
import org.civicbrief.store.quiz.Quizzes;

/**
 * The briefings: JSON documents (with the article text their offsets refer to) plus the columns
 * that lists and review need. A briefing's quiz is kept apart, in {@link Quizzes}, so it can be
 * reviewed question by question and written again without a new briefing.
 */
public final class Briefings {

  // With the article's own date, so that lists can show it apart from the briefing's.
  private static final String SUMMARY_COLUMNS =
      "b.id, b.article_id, b.headline, b.dek, b.pipeline_version, b.state, b.created_at,"
          + " b.updated_at, b.published_at, a.published_on AS article_published_on";

  private static final String SUMMARY_FROM =
      " FROM briefings b JOIN articles a ON a.id = b.article_id";

  private final Database db;
  private final Json json;
  private final Quizzes quizzes;
  private final AuditLog audit;
  private final Clock clock;
  private final PublicationListener listener;

  /** The briefings in {@code db}; {@code listener} hears of every publication change. */
  public Briefings(
      Database db,
      Json json,
      Quizzes quizzes,
      AuditLog audit,
      Clock clock,
      PublicationListener listener) {
    this.db = db;
    this.json = json;
    this.quizzes = quizzes;
    this.audit = audit;
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * Stores a new briefing of a stored article as a draft, and its quiz when it has questions. A
   * briefing from the same pipeline version of the same article is stored once: saving it again
   * returns the first, so a job that runs twice leaves one briefing.
   *
   * @throws IllegalArgumentException when there is no article {@code articleId}
   */
  public StoredBriefing save(long articleId, Briefing briefing, Principal who) {
    return db.write(
        "store a briefing of article " + articleId,
        tx -> load(tx, save(tx, articleId, briefing, who).id()).orElseThrow());
  }

  /**
   * Stores a briefing as {@link #save(long, Briefing, Principal)} does, inside {@code tx}.
   *
   * @return the briefing's id, and whether it was stored now
   */
  public Saved save(Transaction tx, long articleId, Briefing briefing, Principal who)
      throws SQLException {
    Instant now = clock.instant();
    Optional<Long> inserted =
        tx.one(
            "INSERT INTO briefings (article_id, pipeline_version, schema_version, document,"
                + " headline, dek, state, created_at, updated_at) SELECT id, ?, ?, ?, ?, ?,"
                + " 'draft', ?, ? FROM articles WHERE id = ? ON CONFLICT (article_id,"
                + " pipeline_version) DO NOTHING RETURNING id",
            r -> r.number("id"),
            briefing.pipelineVersion(),
            briefing.schemaVersion(),
            json.write(briefing.withQuiz(Quiz.empty())),
            briefing.headline().text(),
            briefing.dek().text(),
            now,
            now,
            articleId);
    if (inserted.isEmpty()) {
      long id =
          tx.one(
                  "SELECT id FROM briefings WHERE article_id = ? AND pipeline_version = ?",
                  r -> r.number("id"),
                  articleId,
                  briefing.pipelineVersion())
              .orElseThrow(() -> new IllegalArgumentException("there is no article " + articleId));
      return new Saved(id, false);
    }
    long id = inserted.get();
    audit.record(
        tx,
        who,
        AuditAction.BRIEFING_SAVE,
        "briefing",
        id,
        Map.of("article", articleId, "pipelineVersion", briefing.pipelineVersion()));
    if (!briefing.quiz().questions().isEmpty()) {
      quizzes.save(tx, id, briefing.quiz(), briefing.pipelineVersion(), who);
    }
    return new Saved(id, true);
  }

  /** The briefing with {@code id}. */
  public Optional<StoredBriefing> find(long id) {
    return db.read("read briefing " + id, tx -> load(tx, id));
  }

  /** The newest briefing of an article. */
  public Optional<StoredBriefing> latestFor(long articleId) {
    return db.read(
        "read the briefing of article " + articleId,
        tx -> {
          Optional<Long> id =
              tx.one(
                  "SELECT id FROM briefings WHERE article_id = ? ORDER BY id DESC LIMIT 1",
                  r -> r.number("id"),
                  articleId);
          return id.isEmpty() ? Optional.empty() : load(tx, id.get());
        });
  }

  /**
   * Moves a briefing to another review state, recording the editor's decision and an audit row;
   * publishing stamps the first publication time and tells search, in the same transaction. A step
   * {@link ReviewState#next()} does not allow, or a briefing someone else changed meanwhile, is a
   * failed outcome.
   */
  public Outcome<StoredBriefing> review(long id, ReviewState to, String note, Principal who) {
    return db.write(
        "review briefing " + id,
        tx -> {
          Optional<ReviewState> from =
              tx.one(
                  "SELECT state FROM briefings WHERE id = ?",
                  r -> ReviewState.ofCode(r.text("state")),
                  id);
          if (from.isEmpty()) {
            return Outcome.failed("there is no briefing " + id);
          }
          if (!from.get().next().contains(to)) {
            return Outcome.failed(refusal(id, from.get(), to));
          }
          Instant now = clock.instant();
          // The first publication time is kept through unpublishing and publishing again.
          int changed =
              tx.update(
                  "UPDATE briefings SET state = ?, updated_at = ?, published_at ="
                      + " COALESCE(published_at, ?) WHERE id = ? AND state = ?",
                  to.code(),
                  now,
                  to == ReviewState.PUBLISHED ? now : null,
                  id,
                  from.get().code());
          if (changed == 0) {
            return Outcome.failed("briefing " + id + " was changed by someone else; reload it");
          }
          tx.update(
              "INSERT INTO editor_decisions (briefing_id, from_state, to_state, editor_id,"
                  + " editor_name, note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
              id,
              from.get().code(),
              to.code(),
              who.userId(),
              who.name(),
              note.strip(),
              now);
          audit.record(
              tx,
              who,
              AuditAction.BRIEFING_REVIEW,
              "briefing",
              id,
              Map.of("from", from.get().code(), "to", to.code(), "note", note.strip()));
          StoredBriefing stored = load(tx, id).orElseThrow();
          if (to == ReviewState.PUBLISHED) {
            listener.published(tx, stored);
          } else if (from.get() == ReviewState.PUBLISHED) {
            listener.withdrawn(tx, id);
          }
          return Outcome.ok(stored);
        });
  }

  private static String refusal(long id, ReviewState from, ReviewState to) {
    if (from == to) {
      return "briefing " + id + " is already " + to.code();
    }
    return "briefing "
        + id
        + " is "
        + from.code()
        + "; it can become "
        + String.join(" or ", from.next().stream().sorted().map(ReviewState::code).toList())
        + ", not "
        + to.code();
  }

  /** The review history of a briefing, oldest first. */
  public List<EditorDecision> decisions(long briefingId) {
    return db.read(
        "read the review of briefing " + briefingId,
        tx ->
            tx.list(
                "SELECT * FROM editor_decisions WHERE briefing_id = ? ORDER BY id",
                Briefings::decision,
                briefingId));
  }

  /** Briefings in one review state, most recently changed first: the editors' queues. */
  public List<BriefingSummary> inState(ReviewState state, int limit, int offset) {
    return db.read(
        "list " + state.code() + " briefings",
        tx ->
            tx.list(
                "SELECT "
                    + SUMMARY_COLUMNS
                    + SUMMARY_FROM
                    + " WHERE b.state = ? ORDER BY b.updated_at DESC, b.id DESC"
                    + " LIMIT ? OFFSET ?",
                Briefings::summary,
                state.code(),
                Math.max(0, limit),
                Math.max(0, offset)));
  }

  /**
   * Published briefings, newest publication first: the front page and the Atom feed (entry {@code
   * published} is {@link BriefingSummary#publishedAt()}, {@code updated} is {@link
   * BriefingSummary#updatedAt()}).
   */
  public List<BriefingSummary> published(int limit, int offset) {
    return db.read(
        "list published briefings",
        tx ->
            tx.list(
                "SELECT "
                    + SUMMARY_COLUMNS
                    + SUMMARY_FROM
                    + " WHERE b.state = 'published' ORDER BY b.published_at DESC, b.id DESC"
                    + " LIMIT ? OFFSET ?",
                Briefings::summary,
                Math.max(0, limit),
                Math.max(0, offset)));
  }

  /** How many briefings are published, for paging. */
  public long countPublished() {
    return db.read(
        "count published briefings",
        tx ->
            tx.one(
                    "SELECT COUNT(*) AS n FROM briefings WHERE state = 'published'",
                    r -> r.number("n"))
                .orElse(0L));
  }

  /** Hands every published briefing to {@code sink}, oldest first; for rebuilding the index. */
  public void forEachPublished(Consumer<StoredBriefing> sink) {
    List<Long> ids =
        db.read(
            "list published briefings",
            tx ->
                tx.list(
                    "SELECT id FROM briefings WHERE state = 'published' ORDER BY id",
                    r -> r.number("id")));
    for (long id : ids) {
      find(id).filter(b -> b.state() == ReviewState.PUBLISHED).ifPresent(sink);
    }
  }

  private Optional<StoredBriefing> load(Transaction tx, long id) throws SQLException {
    Optional<Quiz> quiz = quizzes.latestQuiz(tx, id);
    return tx.one(
        "SELECT * FROM briefings WHERE id = ?",
        r -> {
          Briefing b = json.read(r.text("document"), Briefing.class);
          return new StoredBriefing(
              r.number("id"),
              r.number("article_id"),
              quiz.isPresent() ? b.withQuiz(quiz.get()) : b,
              ReviewState.ofCode(r.text("state")),
              r.instant("created_at"),
              r.instant("updated_at"),
              r.optInstant("published_at"),
              r.optNumber("story_id"));
        },
        id);
  }

  private static BriefingSummary summary(Row r) throws SQLException {
    return new BriefingSummary(
        r.number("id"),
        r.number("article_id"),
        r.text("headline"),
        r.text("dek"),
        r.text("pipeline_version"),
        ReviewState.ofCode(r.text("state")),
        r.instant("created_at"),
        r.instant("updated_at"),
        r.optInstant("published_at"),
        r.optDate("article_published_on"));
  }

  private static EditorDecision decision(Row r) throws SQLException {
    return new EditorDecision(
        r.number("id"),
        r.number("briefing_id"),
        ReviewState.ofCode(r.text("from_state")),
        ReviewState.ofCode(r.text("to_state")),
        new Principal(r.optNumber("editor_id"), r.text("editor_name")),
        r.text("note"),
        r.instant("decided_at"));
  }
}
