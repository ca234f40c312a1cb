package org.civicbrief.spark.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.api.java.JavaRDD;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.json.BriefingJson;

/**
 * Writes briefings into the tables of the {@code civicbrief serve} database, as drafts for an
 * editor to review, the same rows the store writes when its own worker briefs an article: the
 * article (by content hash), the briefing (by article and pipeline version) and its quiz. Every
 * insert is {@code ON CONFLICT DO NOTHING} on those keys, so running the job again, or Spark
 * retrying a task, stores nothing twice. No briefing job is queued, since the briefing is already
 * made.
 *
 * <p>It writes through the store's SQL schema rather than its Java API: an executor must not open a
 * whole store (migrations, the search index, a connection pool per executor), and the store has no
 * call that takes a finished briefing without queuing a job. docs/SCALING.md says what to change
 * when the schema does.
 */
public final class WriteToStore implements Serializable {

  /** Who the audit log says made the change, in the store's {@code system:} form. */
  static final String PRINCIPAL = "system:batch";

  private final StoreTarget target;

  /** Writes into {@code target}. */
  public WriteToStore(StoreTarget target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  /** Stores {@code briefings}, one transaction each, and says what happened to each. */
  public JavaRDD<StoreResult> write(JavaRDD<StoreRequest> briefings) {
    StoreTarget t = target;
    return briefings.mapPartitions(it -> writePartition(t, it));
  }

  private static Iterator<StoreResult> writePartition(StoreTarget target, Iterator<StoreRequest> it)
      throws SQLException {
    List<StoreResult> results = new ArrayList<>();
    if (!it.hasNext()) {
      return results.iterator();
    }
    try (Connection c = target.connect()) {
      c.setAutoCommit(false);
      Rows rows = new Rows(c, Clock.systemUTC());
      while (it.hasNext()) {
        results.add(rows.store(it.next()));
      }
    }
    return results.iterator();
  }

  /** The inserts for one connection. */
  static final class Rows {

    private final Connection c;
    private final Clock clock;
    private final BriefingJson json = new BriefingJson();
    private final ObjectMapper mapper = json.mapper();

    Rows(Connection c, Clock clock) {
      this.c = c;
      this.clock = clock;
    }

    StoreResult store(StoreRequest request) throws SQLException {
      try {
        Briefing b = json.read(request.briefing());
        long now = clock.millis();
        long article = article(b.article(), now);
        OptionalLong inserted = insertBriefing(article, b, now);
        StoreResult result;
        if (inserted.isPresent()) {
          if (!b.quiz().questions().isEmpty()) {
            insertQuiz(inserted.getAsLong(), b, now);
          }
          result =
              new StoreResult(
                  request.position(),
                  request.id(),
                  StoreResult.Status.STORED,
                  article,
                  inserted.getAsLong(),
                  "");
        } else {
          long existing =
              one(
                      "SELECT id FROM briefings WHERE article_id = ? AND pipeline_version = ?",
                      article,
                      b.pipelineVersion())
                  .orElseThrow(
                      () -> new SQLException("briefing of article " + article + " vanished"));
          result =
              new StoreResult(
                  request.position(),
                  request.id(),
                  StoreResult.Status.ALREADY_STORED,
                  article,
                  existing,
                  "");
        }
        c.commit();
        return result;
      } catch (SQLException e) {
        c.rollback();
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
          // The connection is gone, which is no fault of this record: fail the task, which Spark
          // retries, and the retry stores each briefing once.
          throw e;
        }
        return failed(request, "the database refused it: " + CheckStore.firstLine(e.getMessage()));
      } catch (IllegalArgumentException e) {
        c.rollback();
        return failed(request, "cannot read the briefing: " + e.getMessage());
      }
    }

    private static StoreResult failed(StoreRequest request, String reason) {
      return new StoreResult(
          request.position(), request.id(), StoreResult.Status.FAILED, 0, 0, reason);
    }

    private long article(Article a, long now) throws SQLException {
      String hash = ContentHash.of(a.text());
      OptionalLong id =
          one(
              "INSERT INTO articles (content_hash, origin, text, title, title_in_text, byline,"
                  + " publisher, published_on, updated_on, canonical_url, language, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
              hash,
              a.origin(),
              a.text(),
              a.title(),
              a.titleInText(),
              a.byline(),
              a.publisher(),
              a.published().map(LocalDate::toString),
              a.updated().map(LocalDate::toString),
              a.canonicalUrl(),
              a.language(),
              now);
      if (id.isPresent()) {
        audit(
            now,
            "article.submit",
            "article",
            id.getAsLong(),
            details("origin", a.origin(), "hash", hash));
        return id.getAsLong();
      }
      return one("SELECT id FROM articles WHERE content_hash = ?", hash)
          .orElseThrow(() -> new SQLException("article " + hash + " vanished"));
    }

    private OptionalLong insertBriefing(long article, Briefing b, long now) throws SQLException {
      OptionalLong id =
          one(
              "INSERT INTO briefings (article_id, pipeline_version, schema_version, document,"
                  + " headline, dek, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
                  + " 'draft', ?, ?) ON CONFLICT (article_id, pipeline_version) DO NOTHING"
                  + " RETURNING id",
              article,
              b.pipelineVersion(),
              b.schemaVersion(),
              write(b.withQuiz(Quiz.empty())),
              b.headline().text(),
              b.dek().text(),
              now,
              now);
      if (id.isPresent()) {
        audit(
            now,
            "briefing.save",
            "briefing",
            id.getAsLong(),
            details("article", article, "pipelineVersion", b.pipelineVersion()));
      }
      return id;
    }

    private void insertQuiz(long briefing, Briefing b, long now) throws SQLException {
      OptionalLong id =
          one(
              "INSERT INTO quizzes (briefing_id, pipeline_version, document, created_at)"
                  + " VALUES (?, ?, ?, ?) ON CONFLICT (briefing_id, pipeline_version) DO NOTHING"
                  + " RETURNING id",
              briefing,
              b.pipelineVersion(),
              write(b.quiz()),
              now);
      if (id.isPresent()) {
        audit(
            now,
            "quiz.save",
            "quiz",
            id.getAsLong(),
            details("briefing", briefing, "pipelineVersion", b.pipelineVersion()));
      }
    }

    private void audit(long now, String action, String type, long target, String details)
        throws SQLException {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id,"
                  + " details) VALUES (?, NULL, ?, ?, ?, ?, ?)")) {
        bind(s, now, PRINCIPAL, action, type, String.valueOf(target), details);
        s.executeUpdate();
      }
    }

    private String details(String k1, Object v1, String k2, Object v2) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(k1, v1);
      m.put(k2, v2);
      return write(m);
    }

    private String write(Object value) {
      try {
        return mapper.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
      }
    }

    private OptionalLong one(String sql, Object... args) throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(s, args);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
        }
      }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
      for (int i = 0; i < args.length; i++) {
        Object v = args[i] instanceof Optional<?> o ? o.orElse(null) : args[i];
        if (v == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else {
          s.setObject(i + 1, v);
        }
      }
    }
  }
}
