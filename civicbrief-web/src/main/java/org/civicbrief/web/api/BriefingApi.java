package org.civicbrief.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.BriefingSummary;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.quiz.StoredQuiz;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.auth.Caller;
import org.civicbrief.web.briefing.ReaderCache;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;

/**
 * {@code /api/v1/briefings}: anyone reads published briefings; editors read every state and move
 * briefings through review with a token.
 */
final class BriefingApi {

  private final Store store;
  private final Auth auth;
  private final JsonBody json;
  private final ReaderCache cache;

  BriefingApi(Store store, Auth auth, JsonBody json, ReaderCache cache) {
    this.store = store;
    this.auth = auth;
    this.json = json;
    this.cache = cache;
  }

  void register(ApiRouter r) {
    r.get("/api/v1/briefings", this::list);
    r.get("/api/v1/briefings/{id}", this::one);
    r.post("/api/v1/briefings/{id}/review", this::review, Access.EDITOR);
  }

  private boolean editor(Context ctx) {
    return auth.caller(ctx).map(c -> Access.EDITOR.allows(c.user())).orElse(false);
  }

  private void list(Context ctx) {
    int limit = Params.queryInt(ctx, "limit", 20, 1, 100);
    int offset = Params.queryInt(ctx, "offset", 0, 0, 100_000);
    String stateParam = ctx.queryParam("state");
    List<BriefingSummary> rows;
    long total;
    if (stateParam == null || stateParam.equals("published")) {
      rows = store.briefings().published(limit, offset);
      total = store.briefings().countPublished();
    } else {
      if (!editor(ctx)) {
        throw HttpProblem.forbidden("Only editors may list briefings that are not published.");
      }
      ReviewState state = ApiStates.state(stateParam);
      rows = store.briefings().inState(state, limit, offset);
      total = offset + rows.size();
    }
    json.send(
        ctx,
        200,
        new ApiDocs.BriefingList(
            total,
            offset,
            rows.stream()
                .map(
                    s ->
                        new ApiDocs.BriefingItem(
                            s.id(),
                            s.articleId(),
                            s.headline(),
                            s.dek(),
                            s.state().code(),
                            s.publishedAt(),
                            s.updatedAt(),
                            links(s.id())))
                .toList()));
  }

  private static ApiDocs.Links links(long id) {
    return new ApiDocs.Links("/api/v1/briefings/" + id, Links.briefing(id));
  }

  private void one(Context ctx) {
    long id = Params.id(ctx, "id");
    StoredBriefing b =
        store
            .briefings()
            .find(id)
            .filter(s -> s.state() == ReviewState.PUBLISHED || editor(ctx))
            .orElseThrow(() -> HttpProblem.notFound("There is no published briefing " + id + "."));
    json.send(ctx, 200, document(b));
  }

  private ApiDocs.BriefingDocument document(StoredBriefing b) {
    Optional<Long> quizId = store.quizzes().latestFor(b.id()).map(StoredQuiz::id);
    return new ApiDocs.BriefingDocument(
        b.id(),
        b.articleId(),
        b.state().code(),
        b.createdAt(),
        b.updatedAt(),
        b.publishedAt(),
        quizId,
        links(b.id()),
        // The quiz, with its answers, is its own resource: /api/v1/quizzes/{quizId}.
        b.briefing().withQuiz(Quiz.empty()));
  }

  private void review(Context ctx) {
    long id = Params.id(ctx, "id");
    ApiDocs.ReviewRequest req = json.read(ctx, ApiDocs.ReviewRequest.class);
    ReviewState to = ApiStates.state(req.to());
    String note = req.note().orElse("");
    if (note.length() > 2000) {
      throw HttpProblem.badRequest("A note may have at most 2000 characters.");
    }
    if (store.briefings().find(id).isEmpty()) {
      throw HttpProblem.notFound("There is no briefing " + id + ".");
    }
    Caller caller = auth.require(ctx);
    Outcome<StoredBriefing> done = store.briefings().review(id, to, note, caller.principal());
    cache.invalidate(id);
    if (!done.isOk()) {
      throw HttpProblem.conflict(done.reason());
    }
    json.send(ctx, 200, document(done.value()));
  }
}
