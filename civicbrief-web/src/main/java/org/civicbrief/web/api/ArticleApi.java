package org.civicbrief.web.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.article.StoredArticle;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.job.Job;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.port.ArticleInput;
import org.civicbrief.web.port.ReadSubmission;

/**
 * {@code /api/v1/articles} and {@code /api/v1/jobs}: editors submit articles and follow the jobs
 * that brief them. A submission is accepted (202) once the article and its job are stored, so it
 * survives a crash and is briefed after a restart.
 */
final class ArticleApi {

  /** The path that takes article bodies, which may be large. */
  static final String ARTICLES = "/api/v1/articles";

  private final Store store;
  private final Auth auth;
  private final JsonBody json;
  private final ReadSubmission read;

  ArticleApi(Store store, Auth auth, JsonBody json, ReadSubmission read) {
    this.store = store;
    this.auth = auth;
    this.json = json;
    this.read = read;
  }

  void register(ApiRouter r) {
    r.get(ARTICLES, this::list, Access.EDITOR);
    r.post(ARTICLES, this::submit, Access.EDITOR);
    r.get(ARTICLES + "/{id}", this::one, Access.EDITOR);
    r.get("/api/v1/jobs/{id}", this::job, Access.EDITOR);
  }

  private void list(Context ctx) {
    int limit = Params.queryInt(ctx, "limit", 20, 1, 100);
    int offset = Params.queryInt(ctx, "offset", 0, 0, 100_000);
    json.send(
        ctx,
        200,
        new ApiDocs.ArticleList(
            offset,
            store.articles().recent(limit, offset).stream()
                .map(a -> new ApiDocs.ArticleItem(a.id(), a.title(), a.origin(), a.createdAt()))
                .toList()));
  }

  private void one(Context ctx) {
    long id = Params.id(ctx, "id");
    StoredArticle s =
        store
            .articles()
            .find(id)
            .orElseThrow(() -> HttpProblem.notFound("There is no article " + id + "."));
    Article a = s.article();
    json.send(
        ctx,
        200,
        new ApiDocs.ArticleDocument(
            s.id(),
            a.title(),
            a.origin(),
            a.byline(),
            a.publisher(),
            a.published().map(LocalDate::toString),
            a.canonicalUrl(),
            a.language(),
            a.text(),
            s.createdAt(),
            store.jobs().latestFor(id).map(Job::id),
            store.briefings().latestFor(id).map(StoredBriefing::id)));
  }

  private void submit(Context ctx) {
    ApiDocs.ArticleRequest req = json.read(ctx, ApiDocs.ArticleRequest.class);
    int given =
        (req.text().isPresent() ? 1 : 0)
            + (req.url().isPresent() ? 1 : 0)
            + (req.html().isPresent() ? 1 : 0);
    if (given != 1) {
      throw HttpProblem.badRequest("Send exactly one of 'text', 'url' and 'html'.");
    }
    Optional<LocalDate> published = Params.date("published", req.published().orElse(null));
    ArticleInput input;
    if (req.text().isPresent()) {
      input =
          new ArticleInput.Pasted(
              req.text().get(), req.title().filter(t -> !t.isBlank()), published);
    } else if (req.url().isPresent()) {
      input = new ArticleInput.Link(req.url().get(), published);
    } else {
      input =
          new ArticleInput.Upload(
              "api.html",
              Optional.of("text/html"),
              req.html().get().getBytes(StandardCharsets.UTF_8),
              published);
    }
    Outcome<Submission> article = read.read(input);
    if (!article.isOk()) {
      throw HttpProblem.unprocessable("This cannot be briefed: " + article.reason());
    }
    Outcome<Submitted> stored =
        store.articles().submit(article.value(), auth.require(ctx).principal());
    if (!stored.isOk()) {
      throw HttpProblem.unprocessable(stored.reason());
    }
    Submitted s = stored.value();
    String job = "/api/v1/jobs/" + s.jobId();
    ctx.header("Location", job);
    json.send(
        ctx,
        202,
        new ApiDocs.SubmittedDoc(
            s.articleId(),
            s.jobId(),
            s.duplicate(),
            Map.of("job", job, "article", ARTICLES + "/" + s.articleId())));
  }

  private void job(Context ctx) {
    long id = Params.id(ctx, "id");
    Job j =
        store
            .jobs()
            .find(id)
            .orElseThrow(() -> HttpProblem.notFound("There is no job " + id + "."));
    json.send(
        ctx,
        200,
        new ApiDocs.JobDocument(
            j.id(),
            j.kind(),
            j.articleId(),
            j.status().code(),
            j.attempts(),
            j.maxAttempts(),
            j.lastError(),
            j.note(),
            j.createdAt(),
            j.updatedAt(),
            j.finishedAt(),
            store.briefings().latestFor(j.articleId()).map(StoredBriefing::id)));
  }
}
