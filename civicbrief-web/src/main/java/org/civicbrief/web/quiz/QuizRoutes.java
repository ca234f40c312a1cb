package org.civicbrief.web.quiz;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.render.Labels;
import org.civicbrief.store.Store;
import org.civicbrief.store.quiz.NewAttempt;
import org.civicbrief.store.quiz.QuizAttempt;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.briefing.JsonLd;
import org.civicbrief.web.briefing.PublishedBriefing;
import org.civicbrief.web.briefing.ReaderCache;
import org.civicbrief.web.briefing.ReaderQuiz;
import org.civicbrief.web.http.ClientAddress;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.ReaderLanguage;
import org.civicbrief.web.http.ReaderLimits;
import org.civicbrief.web.http.Templates;

/**
 * The quiz of a published briefing. Without script it is one form: post the answers, get the marked
 * quiz (post, then redirect, so reloading does not post again). With the script each answer is
 * checked as it is chosen, and the final post still records the attempt.
 */
public final class QuizRoutes {

  private static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F");

  private final Store store;
  private final ReaderCache cache;
  private final Auth auth;
  private final Templates templates;
  private final Layout layout;
  private final JsonLd jsonLd;
  private final JsonBody json;
  private final ReaderLimits submissions;
  private final ReaderLimits checks;
  private final ClientAddress address;
  private final Clock clock;

  /**
   * The quiz routes; {@code submissions} limits posted attempts, {@code checks} single checks, per
   * reader and per client {@code address}.
   */
  public QuizRoutes(
      Store store,
      ReaderCache cache,
      Auth auth,
      Templates templates,
      Layout layout,
      JsonLd jsonLd,
      JsonBody json,
      ReaderLimits submissions,
      ReaderLimits checks,
      ClientAddress address,
      Clock clock) {
    this.store = store;
    this.cache = cache;
    this.auth = auth;
    this.templates = templates;
    this.layout = layout;
    this.jsonLd = jsonLd;
    this.json = json;
    this.submissions = submissions;
    this.checks = checks;
    this.address = address;
    this.clock = clock;
  }

  /** Registers the quiz form, its post, the single-answer check and the result page. */
  public void register(RoutesConfig routes) {
    routes.get("/briefings/{id}/quiz", this::form);
    routes.post("/briefings/{id}/quiz", this::submit);
    routes.post("/briefings/{id}/quiz/check", this::check);
    routes.get("/briefings/{id}/quiz/results/{attempt}", this::result);
  }

  private static ReaderQuiz quizOf(PublishedBriefing p) {
    return p.quiz()
        .filter(q -> !q.questions().isEmpty())
        .orElseThrow(() -> HttpProblem.notFound("This briefing has no quiz."));
  }

  private void form(Context ctx) {
    long id = Params.id(ctx, "id");
    PublishedBriefing p = cache.briefing(id);
    ReaderQuiz quiz = quizOf(p);
    List<QuizPage.QuestionForm> forms = new ArrayList<>();
    List<Question> questions = quiz.questions();
    for (int n = 0; n < questions.size(); n++) {
      Question q = questions.get(n);
      List<String> letters = letters(q);
      List<QuizPage.Option> options = new ArrayList<>();
      for (int o = 0; o < q.options().size(); o++) {
        options.add(
            new QuizPage.Option(o, letters.get(o), q.options().get(o), "q" + (n + 1) + "-o" + o));
      }
      forms.add(new QuizPage.QuestionForm(n + 1, q.id(), q.stem(), options));
    }
    String headline = p.stored().briefing().headline().text();
    // The reader's language (?lang=), else the article's: a Spanish quiz is not framed in English.
    String language = ReaderLanguage.of(ctx, p.stored().briefing().article().language());
    ctx.header("Cache-Control", "no-store");
    templates.send(
        ctx,
        "quiz.jte",
        new QuizPage(
            layout
                .page(Labels.of(language).get("quiz.title") + ": " + headline, "briefing")
                .withLanguage(language)
                .withScript(layout.script("quiz.js"))
                .withJsonLd(jsonLd.quiz(id, p.stored().briefing(), questions)),
            headline,
            ReaderLanguage.carry(ctx, Links.briefing(id)),
            ReaderLanguage.carry(ctx, Links.quiz(id)),
            Links.quiz(id) + "/check",
            quiz.quizId(),
            auth.csrfToken(ctx),
            clock.millis(),
            forms));
  }

  private void submit(Context ctx) {
    submissions.acquire(reader(ctx), address.of(ctx));
    long id = Params.id(ctx, "id");
    PublishedBriefing p = cache.briefing(id);
    ReaderQuiz quiz = quizOf(p);
    checkVersion(ctx, quiz);
    Map<String, Integer> chosen = new HashMap<>();
    Map<String, String> answers = new LinkedHashMap<>();
    for (Question q : quiz.questions()) {
      String raw = ctx.formParam("a." + q.id());
      if (raw == null) {
        continue;
      }
      int index = option(raw, q);
      chosen.put(q.id(), index);
      answers.put(q.id(), q.options().get(index));
    }
    Graded graded = Graded.of(quiz.questions(), chosen);
    Outcome<QuizAttempt> saved =
        store
            .quizzes()
            .recordAttempt(
                new NewAttempt(
                    quiz.quizId(),
                    auth.visitor(ctx),
                    answers,
                    graded.score(),
                    graded.max(),
                    timeTaken(ctx.formParam("started"))));
    if (!saved.isOk()) {
      throw HttpProblem.conflict(saved.reason());
    }
    ctx.redirect(
        ReaderLanguage.carry(ctx, Links.quiz(id) + "/results/" + saved.value().id()),
        HttpStatus.SEE_OTHER);
  }

  private void check(Context ctx) {
    checks.acquire(reader(ctx), address.of(ctx));
    long id = Params.id(ctx, "id");
    ReaderQuiz quiz = quizOf(cache.briefing(id));
    checkVersion(ctx, quiz);
    Question q =
        quiz.question(String.valueOf(ctx.formParam("question")))
            .orElseThrow(() -> HttpProblem.badRequest("This quiz has no such question."));
    int index = option(String.valueOf(ctx.formParam("choice")), q);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("correct", index == q.answerIndex());
    body.put("answerIndex", q.answerIndex());
    body.put("answer", letters(q).get(q.answerIndex()) + ") " + q.answer());
    body.put("explanation", q.explanation());
    body.put("sourceHref", Links.evidence(id, q.evidence()));
    ctx.header("Cache-Control", "no-store");
    json.send(ctx, 200, body);
  }

  private void result(Context ctx) {
    long id = Params.id(ctx, "id");
    long attemptId = Params.id(ctx, "attempt");
    PublishedBriefing p = cache.briefing(id);
    ReaderQuiz quiz = quizOf(p);
    String visitor = auth.visitor(ctx);
    // Attempts are private to the browser that made them; another reader's id shows nothing.
    QuizAttempt attempt =
        store.quizzes().attemptsBy(visitor, 200).stream()
            .filter(a -> a.id() == attemptId && a.quizId() == quiz.quizId())
            .findFirst()
            .orElseThrow(
                () ->
                    HttpProblem.notFound(
                        "These results are not available here; take the quiz to get yours."));
    Map<String, Integer> chosen = new HashMap<>();
    for (Question q : quiz.questions()) {
      String text = attempt.answers().get(q.id());
      if (text != null && q.options().contains(text)) {
        chosen.put(q.id(), q.options().indexOf(text));
      }
    }
    Graded graded = Graded.of(quiz.questions(), chosen);
    String articleText = p.stored().briefing().article().text();
    List<ResultPage.Item> items = new ArrayList<>();
    for (int n = 0; n < graded.items().size(); n++) {
      Graded.Item item = graded.items().get(n);
      Question q = item.question();
      List<String> letters = letters(q);
      items.add(
          new ResultPage.Item(
              n + 1,
              q.stem(),
              item.chosen().map(c -> letters.get(c) + ") " + q.options().get(c)),
              item.correct(),
              letters.get(q.answerIndex()) + ") " + q.answer(),
              q.explanation(),
              ReaderLanguage.carry(ctx, Links.evidence(id, q.evidence())),
              q.evidence().end() <= articleText.length()
                  ? q.evidence().in(articleText).strip().replaceAll("\\s+", " ")
                  : ""));
    }
    String headline = p.stored().briefing().headline().text();
    String language = ReaderLanguage.of(ctx, p.stored().briefing().article().language());
    ctx.header("Cache-Control", "no-store");
    templates.send(
        ctx,
        "quizResult.jte",
        new ResultPage(
            layout
                .page(Labels.of(language).get("result.title") + ": " + headline, "briefing")
                .withLanguage(language)
                .hidden(),
            headline,
            ReaderLanguage.carry(ctx, Links.briefing(id)),
            ReaderLanguage.carry(ctx, Links.quiz(id)),
            graded.score(),
            graded.max(),
            graded.percent(),
            items));
  }

  /** The signed-in account, else the browser's visitor cookie: whom the per-reader limit counts. */
  private String reader(Context ctx) {
    return auth.caller(ctx)
        .map(c -> "user:" + c.user().id())
        .orElseGet(() -> "visitor:" + auth.visitor(ctx));
  }

  private static void checkVersion(Context ctx, ReaderQuiz quiz) {
    String sent = ctx.formParam("quiz");
    if (sent != null && !sent.equals(Long.toString(quiz.quizId()))) {
      throw HttpProblem.conflict(
          "This quiz was revised while you were answering it. Please open it again.");
    }
  }

  private static int option(String raw, Question q) {
    try {
      int index = Integer.parseInt(raw.strip());
      if (index >= 0 && index < q.options().size()) {
        return index;
      }
    } catch (NumberFormatException e) {
      // Falls through to the answer below.
    }
    throw HttpProblem.badRequest("An answer must be one of the question's options.");
  }

  private Optional<Duration> timeTaken(String started) {
    try {
      long took = clock.millis() - Long.parseLong(String.valueOf(started));
      return took > 0 && took < Duration.ofDays(1).toMillis()
          ? Optional.of(Duration.ofMillis(took))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** T and F for true/false questions, A to D otherwise. */
  static List<String> letters(Question q) {
    List<String> lower = q.options().stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
    if (lower.size() == 2
        && ((lower.contains("true") && lower.contains("false"))
            || (lower.contains("verdadero") && lower.contains("falso")))) {
      return lower.stream().map(o -> o.substring(0, 1).toUpperCase(Locale.ROOT)).toList();
    }
    return LETTERS.subList(0, q.options().size());
  }
}
