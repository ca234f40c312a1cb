package org.civicbrief.web.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.EditorDecision;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.quiz.QuestionReview;
import org.civicbrief.store.quiz.QuestionVerdict;
import org.civicbrief.store.quiz.StoredQuiz;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.briefing.ArticlePage;
import org.civicbrief.web.briefing.ReaderCache;
import org.civicbrief.web.briefing.ReaderQuiz;
import org.civicbrief.web.briefing.ShowArticle;
import org.civicbrief.web.briefing.ShowBriefing;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.Templates;

/**
 * Reviewing a briefing: approve, reject, publish, unpublish or send it back to draft, and approve,
 * edit or reject each quiz question. Every step is checked by the store against the review rules
 * and recorded with the editor's name.
 */
public final class ReviewRoutes {

  private static final Map<String, String> NOTICES =
      Map.of(
          "approved", "Approved. Publish it when it is ready for readers.",
          "rejected", "Rejected. Readers will not see it.",
          "published", "Published: readers can see it now.",
          "unpublished", "Unpublished: readers no longer see it.",
          "draft", "Sent back to draft.",
          "question", "The question's verdict is saved.");

  private final Store store;
  private final Auth auth;
  private final Templates templates;
  private final Layout layout;
  private final EditorFrames frames;
  private final ReaderCache cache;

  /** The routes over {@code store}; reviews drop the briefing's page from {@code cache}. */
  public ReviewRoutes(
      Store store, Auth auth, Templates templates, Layout layout, ReaderCache cache) {
    this.store = store;
    this.auth = auth;
    this.templates = templates;
    this.layout = layout;
    this.frames = new EditorFrames(auth, layout);
    this.cache = cache;
  }

  /** Registers the routes. */
  public void register(RoutesConfig routes) {
    routes.get("/editor/briefings/{id}", this::page, Access.EDITOR);
    routes.get("/editor/briefings/{id}/article", this::article, Access.EDITOR);
    routes.post("/editor/briefings/{id}/review", this::review, Access.EDITOR);
    routes.post("/editor/briefings/{id}/questions", this::question, Access.EDITOR);
  }

  private StoredBriefing load(long id) {
    return store
        .briefings()
        .find(id)
        .orElseThrow(() -> HttpProblem.notFound("There is no briefing " + id + "."));
  }

  private void page(Context ctx) {
    long id = Params.id(ctx, "id");
    String done = ctx.queryParam("done");
    show(
        ctx,
        id,
        done == null ? Optional.empty() : Optional.ofNullable(NOTICES.get(done)),
        Optional.empty());
  }

  private void show(Context ctx, long id, Optional<String> notice, Optional<String> error) {
    StoredBriefing b = load(id);
    Optional<StoredQuiz> quiz = store.quizzes().latestFor(id);
    int readerQuestions = quiz.map(q -> ReaderQuiz.of(q).questions().size()).orElse(0);
    List<ReviewPage.Step> steps =
        b.state().next().stream()
            .sorted()
            .map(s -> new ReviewPage.Step(s.code(), label(s), primary(b.state(), s)))
            .toList();
    List<String> history = new ArrayList<>();
    for (EditorDecision d : store.briefings().decisions(id)) {
      history.add(
          EditorFrames.when(d.decidedAt())
              + ": "
              + d.editor().name()
              + " moved it from "
              + d.from().code()
              + " to "
              + d.to().code()
              + (d.note().isBlank() ? "" : " (“" + d.note() + "”)"));
    }
    templates.send(
        ctx,
        "editor/review.jte",
        new ReviewPage(
            frames.frame(ctx, "Review: " + b.briefing().headline().text()),
            frames.csrf(ctx),
            id,
            b.state().code(),
            steps,
            notice,
            error,
            b.state() == ReviewState.PUBLISHED ? Optional.of(Links.briefing(id)) : Optional.empty(),
            ShowBriefing.view(
                id,
                b.briefing(),
                e -> Links.reviewEvidence(id, e),
                readerQuestions,
                "/editor/briefings/" + id + "/article"),
            quiz.map(StoredQuiz::id),
            quiz.map(q -> questions(id, q)).orElse(List.of()),
            history,
            b.briefing().article().language().equals("es") ? "es" : "en"));
  }

  private static List<ReviewPage.QuestionItem> questions(long id, StoredQuiz quiz) {
    List<ReviewPage.QuestionItem> items = new ArrayList<>();
    List<Question> qs = quiz.quiz().questions();
    for (int n = 0; n < qs.size(); n++) {
      Question q = qs.get(n);
      QuestionReview r = quiz.reviews().get(q.id());
      items.add(
          new ReviewPage.QuestionItem(
              n + 1,
              q.id(),
              q.stem(),
              r == null ? Optional.empty() : r.editedText(),
              q.options().stream()
                  .map(o -> new ReviewPage.OptionLine(o, o.equals(q.answer())))
                  .toList(),
              q.explanation(),
              Links.reviewEvidence(id, q.evidence()),
              r == null ? "not reviewed" : r.verdict().code() + " by " + r.editor().name()));
    }
    return items;
  }

  private void article(Context ctx) {
    long id = Params.id(ctx, "id");
    StoredBriefing b = load(id);
    templates.send(
        ctx,
        "article.jte",
        new ArticlePage(
            frames.frame(ctx, "The article: " + b.briefing().headline().text()),
            ShowArticle.view(ctx, b.briefing(), Links.review(id))));
  }

  private void review(Context ctx) {
    long id = Params.id(ctx, "id");
    ReviewState to = state(String.valueOf(ctx.formParam("to")));
    String note = String.valueOf(Optional.ofNullable(ctx.formParam("note")).orElse("")).strip();
    if (note.length() > 2000) {
      throw HttpProblem.badRequest("A note may have at most 2000 characters.");
    }
    load(id);
    Outcome<StoredBriefing> done =
        store.briefings().review(id, to, note, auth.require(ctx).principal());
    cache.invalidate(id);
    if (!done.isOk()) {
      ctx.status(409);
      show(ctx, id, Optional.empty(), Optional.of(capitalized(done.reason()) + "."));
      return;
    }
    ctx.redirect(Links.review(id) + "?done=" + to.code(), HttpStatus.SEE_OTHER);
  }

  private void question(Context ctx) {
    long id = Params.id(ctx, "id");
    StoredQuiz quiz =
        store
            .quizzes()
            .latestFor(id)
            .orElseThrow(() -> HttpProblem.notFound("Briefing " + id + " has no quiz."));
    String sentQuiz = ctx.formParam("quiz");
    if (sentQuiz != null && !sentQuiz.equals(Long.toString(quiz.id()))) {
      throw HttpProblem.conflict("The quiz was written again meanwhile; reload the page.");
    }
    String questionId = String.valueOf(ctx.formParam("question"));
    QuestionVerdict verdict = verdict(String.valueOf(ctx.formParam("verdict")));
    Optional<String> text =
        verdict == QuestionVerdict.EDITED ? Params.text(ctx.formParam("text")) : Optional.empty();
    if (text.map(String::length).orElse(0) > 1000) {
      throw HttpProblem.badRequest("A question may have at most 1000 characters.");
    }
    Outcome<QuestionReview> done =
        store.quizzes().review(quiz.id(), questionId, verdict, text, auth.require(ctx).principal());
    cache.invalidate(id);
    if (!done.isOk()) {
      ctx.status(409);
      show(ctx, id, Optional.empty(), Optional.of(capitalized(done.reason()) + "."));
      return;
    }
    ctx.redirect(Links.review(id) + "?done=question#questions", HttpStatus.SEE_OTHER);
  }

  private static ReviewState state(String code) {
    for (ReviewState s : ReviewState.values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw HttpProblem.badRequest("Choose a review step.");
  }

  private static QuestionVerdict verdict(String code) {
    for (QuestionVerdict v : QuestionVerdict.values()) {
      if (v.code().equals(code)) {
        return v;
      }
    }
    throw HttpProblem.badRequest("Choose approve, edit or reject for the question.");
  }

  private static String label(ReviewState to) {
    return switch (to) {
      case APPROVED -> "Approve";
      case REJECTED -> "Reject";
      case PUBLISHED -> "Publish";
      case UNPUBLISHED -> "Unpublish";
      case DRAFT -> "Back to draft";
    };
  }

  private static boolean primary(ReviewState from, ReviewState to) {
    return switch (from) {
      case DRAFT, REJECTED -> to == ReviewState.APPROVED;
      case APPROVED, UNPUBLISHED -> to == ReviewState.PUBLISHED;
      case PUBLISHED -> to == ReviewState.UNPUBLISHED;
    };
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
