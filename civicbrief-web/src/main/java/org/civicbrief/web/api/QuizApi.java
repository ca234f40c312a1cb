package org.civicbrief.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.quiz.NewAttempt;
import org.civicbrief.store.quiz.QuestionReview;
import org.civicbrief.store.quiz.QuestionVerdict;
import org.civicbrief.store.quiz.QuizAttempt;
import org.civicbrief.store.quiz.StoredQuiz;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.auth.Caller;
import org.civicbrief.web.briefing.PublishedBriefing;
import org.civicbrief.web.briefing.ReaderCache;
import org.civicbrief.web.briefing.ReaderQuiz;
import org.civicbrief.web.http.ClientAddress;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.ReaderLimits;
import org.civicbrief.web.quiz.Graded;

/**
 * {@code /api/v1/quizzes}: the questions of a published briefing's quiz, attempts at it (with a
 * token), and the editors' verdicts on questions.
 */
final class QuizApi {

  private static final Pattern READER = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  private final Store store;
  private final Auth auth;
  private final JsonBody json;
  private final ReaderLimits attempts;
  private final ClientAddress address;
  private final ReaderCache cache;

  QuizApi(
      Store store,
      Auth auth,
      JsonBody json,
      ReaderLimits attempts,
      ClientAddress address,
      ReaderCache cache) {
    this.store = store;
    this.auth = auth;
    this.json = json;
    this.attempts = attempts;
    this.address = address;
    this.cache = cache;
  }

  void register(ApiRouter r) {
    r.get("/api/v1/quizzes/{id}", this::one);
    r.post("/api/v1/quizzes/{id}/attempts", this::attempt, Access.SIGNED_IN);
    r.get("/api/v1/quizzes/{id}/attempts/{attemptId}", this::storedAttempt, Access.SIGNED_IN);
    r.post(
        "/api/v1/quizzes/{id}/questions/{questionId}/review", this::reviewQuestion, Access.EDITOR);
  }

  private boolean editor(Context ctx) {
    return auth.caller(ctx).map(c -> Access.EDITOR.allows(c.user())).orElse(false);
  }

  /** The quiz, when it is the current quiz of a published briefing (or the caller edits). */
  private StoredQuiz visible(Context ctx, long id) {
    Optional<StoredQuiz> quiz = store.quizzes().find(id);
    boolean ok =
        quiz.isPresent()
            && (editor(ctx)
                || (store
                        .briefings()
                        .find(quiz.get().briefingId())
                        .filter(b -> b.state() == ReviewState.PUBLISHED)
                        .isPresent()
                    && store
                        .quizzes()
                        .latestFor(quiz.get().briefingId())
                        .map(q -> q.id() == id)
                        .orElse(false)));
    if (!ok) {
      throw HttpProblem.notFound("There is no published quiz " + id + ".");
    }
    return quiz.get();
  }

  /** A quiz that takes attempts: the reader's questions and the briefing they are about. */
  private record Attemptable(ReaderQuiz questions, long briefingId) {}

  /**
   * Quiz {@code id}, when an attempt at it may be posted: for readers the current quiz of a
   * published briefing, taken from the reader cache as the quiz form's is, so that an attempt does
   * not read and parse the briefing and its quiz; an editor may answer any quiz.
   */
  private Attemptable attemptable(Context ctx, long id) {
    if (editor(ctx)) {
      StoredQuiz quiz = visible(ctx, id);
      return new Attemptable(ReaderQuiz.of(quiz), quiz.briefingId());
    }
    PublishedBriefing p =
        cache
            .briefingOfQuiz(id)
            .orElseThrow(() -> HttpProblem.notFound("There is no published quiz " + id + "."));
    return new Attemptable(p.quiz().orElseThrow(), p.id());
  }

  private void one(Context ctx) {
    long id = Params.id(ctx, "id");
    StoredQuiz quiz = visible(ctx, id);
    boolean editor = editor(ctx);
    List<ApiDocs.QuizQuestion> out = new ArrayList<>();
    List<Question> questions = editor ? quiz.quiz().questions() : ReaderQuiz.of(quiz).questions();
    for (Question q : questions) {
      QuestionReview r = quiz.reviews().get(q.id());
      out.add(
          new ApiDocs.QuizQuestion(
              q.id(),
              q.kind().name().toLowerCase(java.util.Locale.ROOT),
              q.stem(),
              q.options(),
              editor ? Optional.of(q.answerIndex()) : Optional.empty(),
              editor ? Optional.of(q.explanation()) : Optional.empty(),
              editor ? Optional.of(q.evidence()) : Optional.empty(),
              editor
                  ? Optional.of(r == null ? "unreviewed" : r.verdict().code())
                  : Optional.empty()));
    }
    json.send(ctx, 200, new ApiDocs.QuizDocument(quiz.id(), quiz.briefingId(), out));
  }

  private void attempt(Context ctx) {
    Caller caller = auth.require(ctx);
    long id = Params.id(ctx, "id");
    Attemptable target = attemptable(ctx, id);
    ReaderQuiz reader = target.questions();
    ApiDocs.AttemptRequest req = json.read(ctx, ApiDocs.AttemptRequest.class);
    Map<String, Integer> chosen = new HashMap<>();
    Map<String, String> answers = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : req.answers().entrySet()) {
      Question q =
          reader
              .question(e.getKey())
              .orElseThrow(
                  () -> HttpProblem.badRequest("The quiz has no question '" + e.getKey() + "'."));
      Integer index = e.getValue();
      if (index == null || index < 0 || index >= q.options().size()) {
        throw HttpProblem.badRequest(
            "The answer to '"
                + e.getKey()
                + "' must be an option index from 0 to "
                + (q.options().size() - 1)
                + ".");
      }
      chosen.put(q.id(), index);
      answers.put(q.id(), q.options().get(index));
    }
    String readerId = req.readerId().orElse(defaultReader(caller));
    if (!READER.matcher(readerId).matches()) {
      throw HttpProblem.badRequest(
          "readerId must be 8 to 64 letters, digits, underscores or hyphens.");
    }
    // One token may post for a whole class (a learning platform): each of its readers has the
    // reader's limit, and the account and the address share the ceiling.
    attempts.acquire("token:" + caller.user().id() + ":" + readerId, address.of(ctx));
    attempts.acquireShared("account:" + caller.user().id());
    Graded graded = Graded.of(reader.questions(), chosen);
    Outcome<QuizAttempt> saved =
        store
            .quizzes()
            .recordAttempt(
                new NewAttempt(
                    id, readerId, answers, graded.score(), graded.max(), Optional.empty()));
    if (!saved.isOk()) {
      throw HttpProblem.conflict(saved.reason());
    }
    ctx.header("Location", "/api/v1/quizzes/" + id + "/attempts/" + saved.value().id());
    json.send(ctx, 201, result(saved.value().id(), id, target.briefingId(), graded));
  }

  private void storedAttempt(Context ctx) {
    Caller caller = auth.require(ctx);
    long id = Params.id(ctx, "id");
    long attemptId = Params.id(ctx, "attemptId");
    boolean editor = editor(ctx);
    QuizAttempt attempt =
        store
            .quizzes()
            .attempt(attemptId)
            .filter(a -> a.quizId() == id)
            .filter(a -> editor || a.readerId().equals(defaultReader(caller)))
            .orElseThrow(
                () ->
                    HttpProblem.notFound(
                        "There is no attempt " + attemptId + " at quiz " + id + " for you."));
    StoredQuiz quiz =
        store
            .quizzes()
            .find(id)
            .orElseThrow(() -> HttpProblem.notFound("There is no quiz " + id + "."));
    ReaderQuiz reader = ReaderQuiz.of(quiz);
    Map<String, Integer> chosen = new HashMap<>();
    for (Question q : reader.questions()) {
      String text = attempt.answers().get(q.id());
      if (text != null && q.options().contains(text)) {
        chosen.put(q.id(), q.options().indexOf(text));
      }
    }
    json.send(
        ctx,
        200,
        result(attempt.id(), quiz.id(), quiz.briefingId(), Graded.of(reader.questions(), chosen)));
  }

  private static String defaultReader(Caller caller) {
    return "api-user-" + caller.user().id();
  }

  private static ApiDocs.AttemptResult result(
      long attemptId, long quizId, long briefingId, Graded graded) {
    List<ApiDocs.AttemptItem> items = new ArrayList<>();
    for (Graded.Item item : graded.items()) {
      Question q = item.question();
      items.add(
          new ApiDocs.AttemptItem(
              q.id(),
              item.chosen(),
              item.correct(),
              q.answerIndex(),
              q.answer(),
              q.explanation(),
              q.evidence(),
              Links.evidence(briefingId, q.evidence())));
    }
    return new ApiDocs.AttemptResult(
        attemptId, quizId, graded.score(), graded.max(), graded.percent(), items);
  }

  private void reviewQuestion(Context ctx) {
    long id = Params.id(ctx, "id");
    String questionId = ctx.pathParam("questionId");
    ApiDocs.QuestionReviewRequest req = json.read(ctx, ApiDocs.QuestionReviewRequest.class);
    QuestionVerdict verdict = ApiStates.verdict(req.verdict());
    if (req.text().map(String::length).orElse(0) > 1000) {
      throw HttpProblem.badRequest("A question may have at most 1000 characters.");
    }
    StoredQuiz quiz =
        store
            .quizzes()
            .find(id)
            .orElseThrow(() -> HttpProblem.notFound("There is no quiz " + id + "."));
    if (quiz.quiz().questions().stream().noneMatch(q -> q.id().equals(questionId))) {
      throw HttpProblem.notFound("Quiz " + id + " has no question '" + questionId + "'.");
    }
    Outcome<QuestionReview> done =
        store.quizzes().review(id, questionId, verdict, req.text(), auth.require(ctx).principal());
    cache.invalidate(quiz.briefingId());
    if (!done.isOk()) {
      throw HttpProblem.unprocessable(done.reason());
    }
    QuestionReview r = done.value();
    json.send(
        ctx,
        200,
        new ApiDocs.QuestionReviewDoc(
            r.questionId(), r.verdict().code(), r.editedText(), r.editor().name(), r.decidedAt()));
  }
}
