package org.civicbrief.store.quiz;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.store.audit.AuditAction;
import org.civicbrief.store.audit.AuditLog;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.db.Database;
import org.civicbrief.store.db.Json;
import org.civicbrief.store.db.Row;
import org.civicbrief.store.db.Transaction;

/**
 * The quizzes, kept as JSON documents next to their briefing, with the editors' verdict on each
 * question and the readers' attempts. Attempts are anonymous and not audited.
 */
public final class Quizzes implements AutoCloseable {

  private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};

  /** The most attempts one transaction stores; bounds how long a transaction holds the lock. */
  private static final int MAX_BATCH = 512;

  /** How many quizzes' question ids are remembered before the memory starts over. */
  private static final int QUESTION_ID_CACHE = 10_000;

  private final Database db;
  private final Json json;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<Long, Set<String>> questionIds = new ConcurrentHashMap<>();
  private final GroupCommit<NewAttempt, Outcome<QuizAttempt>> attempts;

  /** The quizzes in {@code db}. */
  public Quizzes(Database db, Json json, AuditLog audit, Clock clock) {
    this.db = db;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
    this.attempts = new GroupCommit<>("civicbrief-attempts", this::recordAttempts, MAX_BATCH);
  }

  /**
   * Stores the quiz a pipeline version wrote for a briefing; storing it again for the same briefing
   * and version keeps the first, so a job that runs twice stores one quiz.
   */
  public StoredQuiz save(long briefingId, Quiz quiz, String pipelineVersion, Principal who) {
    return db.write(
        "store the quiz of briefing " + briefingId,
        tx -> {
          long id = save(tx, briefingId, quiz, pipelineVersion, who);
          return load(tx, id).orElseThrow();
        });
  }

  /** Stores a quiz in the caller's transaction and returns its id; see the other overload. */
  public long save(
      Transaction tx, long briefingId, Quiz quiz, String pipelineVersion, Principal who)
      throws SQLException {
    Optional<Long> id =
        tx.one(
            "INSERT INTO quizzes (briefing_id, pipeline_version, document, created_at)"
                + " SELECT id, ?, ?, ? FROM briefings WHERE id = ?"
                + " ON CONFLICT (briefing_id, pipeline_version) DO NOTHING RETURNING id",
            r -> r.number("id"),
            pipelineVersion,
            json.write(quiz),
            clock.instant(),
            briefingId);
    if (id.isPresent()) {
      audit.record(
          tx,
          who,
          AuditAction.QUIZ_SAVE,
          "quiz",
          id.get(),
          Map.of("briefing", briefingId, "pipelineVersion", pipelineVersion));
      return id.get();
    }
    return tx.one(
            "SELECT id FROM quizzes WHERE briefing_id = ? AND pipeline_version = ?",
            r -> r.number("id"),
            briefingId,
            pipelineVersion)
        .orElseThrow(() -> new IllegalArgumentException("there is no briefing " + briefingId));
  }

  /** The quiz with {@code id}. */
  public Optional<StoredQuiz> find(long id) {
    return db.read("read quiz " + id, tx -> load(tx, id));
  }

  /** The newest quiz of a briefing. */
  public Optional<StoredQuiz> latestFor(long briefingId) {
    return db.read(
        "read the quiz of briefing " + briefingId,
        tx -> {
          Optional<Long> id = latestId(tx, briefingId);
          return id.isEmpty() ? Optional.empty() : load(tx, id.get());
        });
  }

  /** The newest quiz of a briefing as written, in the caller's transaction. */
  public Optional<Quiz> latestQuiz(Transaction tx, long briefingId) throws SQLException {
    return tx.one(
        "SELECT document FROM quizzes WHERE briefing_id = ? ORDER BY id DESC LIMIT 1",
        r -> json.read(r.text("document"), Quiz.class),
        briefingId);
  }

  /**
   * Records an editor's verdict on a question, replacing any earlier one. Edited needs the new
   * text; an unknown quiz or question is a failed outcome.
   */
  public Outcome<QuestionReview> review(
      long quizId,
      String questionId,
      QuestionVerdict verdict,
      Optional<String> editedText,
      Principal who) {
    Optional<String> text = editedText.map(String::strip).filter(t -> !t.isEmpty());
    if ((verdict == QuestionVerdict.EDITED) != text.isPresent()) {
      return Outcome.failed(
          verdict == QuestionVerdict.EDITED
              ? "an edited question needs its new text"
              : "only an edited question has new text");
    }
    return db.write(
        "review question " + questionId + " of quiz " + quizId,
        tx -> {
          Optional<Quiz> quiz =
              tx.one(
                  "SELECT document FROM quizzes WHERE id = ?",
                  r -> json.read(r.text("document"), Quiz.class),
                  quizId);
          if (quiz.isEmpty()) {
            return Outcome.failed("there is no quiz " + quizId);
          }
          if (quiz.get().questions().stream().noneMatch(q -> q.id().equals(questionId))) {
            return Outcome.failed("quiz " + quizId + " has no question " + questionId);
          }
          QuestionReview review =
              new QuestionReview(questionId, verdict, text, who, clock.instant());
          tx.update(
              "INSERT INTO question_reviews (quiz_id, question_id, state, edited_text, editor_id,"
                  + " editor_name, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (quiz_id,"
                  + " question_id) DO UPDATE SET state = excluded.state, edited_text ="
                  + " excluded.edited_text, editor_id = excluded.editor_id, editor_name ="
                  + " excluded.editor_name, decided_at = excluded.decided_at",
              quizId,
              questionId,
              verdict.code(),
              text,
              who.userId(),
              who.name(),
              review.decidedAt());
          Map<String, Object> details = new HashMap<>();
          details.put("question", questionId);
          details.put("verdict", verdict.code());
          text.ifPresent(t -> details.put("text", t));
          audit.record(tx, who, AuditAction.QUESTION_REVIEW, "quiz", quizId, details);
          return Outcome.ok(review);
        });
  }

  /**
   * Stores a reader's attempt. An unknown quiz, or an answer to a question the quiz does not have,
   * is a failed outcome. Attempts that arrive together are written in one transaction (group
   * commit), so a class posting at once shares one sync to disk; this returns only once the
   * attempt's transaction has committed.
   */
  public Outcome<QuizAttempt> recordAttempt(NewAttempt attempt) {
    return attempts.write(attempt);
  }

  /** Attempts stored by this process since it opened the store. */
  public long attemptsStored() {
    return attempts.written();
  }

  /** The transactions that stored them; fewer than the attempts when group commit helped. */
  public long attemptCommits() {
    return attempts.commits();
  }

  private List<Outcome<QuizAttempt>> recordAttempts(List<NewAttempt> batch) {
    return db.write(
        batch.size() == 1
            ? "store an attempt at quiz " + batch.get(0).quizId()
            : "store " + batch.size() + " quiz attempts",
        tx -> {
          List<Outcome<QuizAttempt>> out = new ArrayList<>(batch.size());
          for (NewAttempt attempt : batch) {
            out.add(recordAttempt(tx, attempt));
          }
          return out;
        });
  }

  private Outcome<QuizAttempt> recordAttempt(Transaction tx, NewAttempt attempt)
      throws SQLException {
    Optional<Set<String>> ids = questionIds(tx, attempt.quizId());
    if (ids.isEmpty()) {
      return Outcome.failed("there is no quiz " + attempt.quizId());
    }
    for (String answered : attempt.answers().keySet()) {
      if (!ids.get().contains(answered)) {
        return Outcome.failed("quiz " + attempt.quizId() + " has no question " + answered);
      }
    }
    Instant now = Instant.ofEpochMilli(clock.millis());
    long id =
        tx.insert(
            "INSERT INTO quiz_attempts (quiz_id, reader_id, answers, score, max_score,"
                + " duration_ms, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            attempt.quizId(),
            attempt.readerId(),
            json.write(attempt.answers()),
            attempt.score(),
            attempt.maxScore(),
            attempt.timeTaken().map(Duration::toMillis),
            now);
    return Outcome.ok(
        new QuizAttempt(
            id,
            attempt.quizId(),
            attempt.readerId(),
            attempt.answers(),
            attempt.score(),
            attempt.maxScore(),
            attempt.timeTaken().map(t -> Duration.ofMillis(t.toMillis())),
            now));
  }

  /** The attempt {@code id}, if it exists. */
  public Optional<QuizAttempt> attempt(long id) {
    return db.read(
        "read quiz attempt " + id,
        tx -> tx.one("SELECT * FROM quiz_attempts WHERE id = ?", this::attempt, id));
  }

  /** Stops the attempt writer once what is queued is stored. */
  @Override
  public void close() {
    attempts.close();
  }

  /**
   * The question ids of quiz {@code quizId}, if it exists. A stored quiz document never changes
   * (editors' verdicts are kept beside it), so the ids are remembered: marking an attempt then
   * costs no parse of the whole document.
   */
  private Optional<Set<String>> questionIds(Transaction tx, long quizId) throws SQLException {
    Set<String> known = questionIds.get(quizId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Set<String>> read =
        tx.one(
            "SELECT document FROM quizzes WHERE id = ?",
            r ->
                json.read(r.text("document"), Quiz.class).questions().stream()
                    .map(Question::id)
                    .collect(Collectors.toUnmodifiableSet()),
            quizId);
    if (read.isPresent()) {
      if (questionIds.size() >= QUESTION_ID_CACHE) {
        questionIds.clear();
      }
      questionIds.put(quizId, read.get());
    }
    return read;
  }

  /** The attempts at a quiz, newest first. */
  public List<QuizAttempt> attempts(long quizId, int limit) {
    return db.read(
        "read the attempts at quiz " + quizId,
        tx ->
            tx.list(
                "SELECT * FROM quiz_attempts WHERE quiz_id = ? ORDER BY id DESC LIMIT ?",
                this::attempt,
                quizId,
                Math.max(0, limit)));
  }

  /** The attempts of one reader, newest first. */
  public List<QuizAttempt> attemptsBy(String readerId, int limit) {
    return db.read(
        "read a reader's attempts",
        tx ->
            tx.list(
                "SELECT * FROM quiz_attempts WHERE reader_id = ? ORDER BY id DESC LIMIT ?",
                this::attempt,
                readerId,
                Math.max(0, limit)));
  }

  private static Optional<Long> latestId(Transaction tx, long briefingId) throws SQLException {
    return tx.one(
        "SELECT id FROM quizzes WHERE briefing_id = ? ORDER BY id DESC LIMIT 1",
        r -> r.number("id"),
        briefingId);
  }

  private Optional<StoredQuiz> load(Transaction tx, long id) throws SQLException {
    Map<String, QuestionReview> reviews = new HashMap<>();
    for (QuestionReview r :
        tx.list("SELECT * FROM question_reviews WHERE quiz_id = ?", Quizzes::review, id)) {
      reviews.put(r.questionId(), r);
    }
    return tx.one(
        "SELECT * FROM quizzes WHERE id = ?",
        r ->
            new StoredQuiz(
                r.number("id"),
                r.number("briefing_id"),
                r.text("pipeline_version"),
                json.read(r.text("document"), Quiz.class),
                reviews,
                r.instant("created_at")),
        id);
  }

  private static QuestionReview review(Row r) throws SQLException {
    return new QuestionReview(
        r.text("question_id"),
        QuestionVerdict.ofCode(r.text("state")),
        r.optText("edited_text"),
        new Principal(r.optNumber("editor_id"), r.text("editor_name")),
        r.instant("decided_at"));
  }

  private QuizAttempt attempt(Row r) throws SQLException {
    return new QuizAttempt(
        r.number("id"),
        r.number("quiz_id"),
        r.text("reader_id"),
        json.read(r.text("answers"), ANSWERS),
        (int) r.number("score"),
        (int) r.number("max_score"),
        r.optNumber("duration_ms").map(Duration::ofMillis),
        r.instant("submitted_at"));
  }
}
