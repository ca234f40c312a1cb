package org.civicbrief.web.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.article.ArticleSummary;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.briefing.BriefingSummary;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.job.Job;
import org.civicbrief.store.job.JobStatus;
import org.civicbrief.web.auth.Access;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.http.HttpProblem;
import org.civicbrief.web.http.Links;
import org.civicbrief.web.http.Params;
import org.civicbrief.web.http.Templates;
import org.civicbrief.web.port.ArticleInput;
import org.civicbrief.web.port.ReadSubmission;

/** The editor's desk, the submission form and the job pages. Editors and admins only. */
public final class DeskRoutes {

  /** The path the submission form posts to; it takes large bodies. */
  public static final String SUBMIT = "/editor/submit";

  private static final int QUEUE_ROWS = 20;

  private final Store store;
  private final Auth auth;
  private final ReadSubmission read;
  private final Templates templates;
  private final EditorFrames frames;
  private final long maxUploadBytes;

  /** The routes over {@code store}, reading submissions with {@code read}. */
  public DeskRoutes(
      Store store,
      Auth auth,
      ReadSubmission read,
      Templates templates,
      org.civicbrief.web.http.Layout layout,
      long maxUploadBytes) {
    this.store = store;
    this.auth = auth;
    this.read = read;
    this.templates = templates;
    this.frames = new EditorFrames(auth, layout);
    this.maxUploadBytes = maxUploadBytes;
  }

  /** Registers the routes. */
  public void register(RoutesConfig routes) {
    routes.get("/editor", this::desk, Access.EDITOR);
    routes.get(SUBMIT, this::submitForm, Access.EDITOR);
    routes.post(SUBMIT, this::submit, Access.EDITOR);
    routes.get("/editor/jobs/{id}", this::job, Access.EDITOR);
  }

  private void desk(Context ctx) {
    Map<JobStatus, Long> counts = store.jobs().counts();
    List<String> jobCounts =
        counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code()).toList();
    List<DeskPage.Queue> queues = new ArrayList<>();
    queues.add(queue("Waiting for review", "drafts", ReviewState.DRAFT));
    queues.add(queue("Approved, ready to publish", "approved", ReviewState.APPROVED));
    queues.add(queue("Published", "published", ReviewState.PUBLISHED));
    queues.add(queue("Unpublished", "unpublished", ReviewState.UNPUBLISHED));
    queues.add(queue("Rejected", "rejected", ReviewState.REJECTED));
    List<DeskPage.ArticleRow> rows = new ArrayList<>();
    for (ArticleSummary a : store.articles().recent(QUEUE_ROWS, 0)) {
      Optional<Job> job = store.jobs().latestFor(a.id());
      Optional<StoredBriefing> b = store.briefings().latestFor(a.id());
      rows.add(
          new DeskPage.ArticleRow(
              a.id(),
              a.title().orElse(a.origin()),
              EditorFrames.when(a.createdAt()),
              job.map(j -> j.status().code()).orElse("none"),
              job.map(j -> Links.job(j.id())),
              b.map(s -> Links.review(s.id())),
              b.map(s -> s.state().code())));
    }
    templates.send(
        ctx,
        "editor/desk.jte",
        new DeskPage(frames.frame(ctx, "Editor's desk"), jobCounts, queues, rows));
  }

  private DeskPage.Queue queue(String title, String anchor, ReviewState state) {
    List<DeskPage.BriefingRow> rows = new ArrayList<>();
    for (BriefingSummary s : store.briefings().inState(state, QUEUE_ROWS, 0)) {
      rows.add(
          new DeskPage.BriefingRow(
              Links.review(s.id()), s.headline(), EditorFrames.when(s.updatedAt())));
    }
    return new DeskPage.Queue(title, anchor, rows);
  }

  private void submitForm(Context ctx) {
    showForm(ctx, Optional.empty(), "", "", "", "");
  }

  private void showForm(
      Context ctx, Optional<String> error, String title, String text, String url, String date) {
    templates.send(
        ctx,
        "editor/submit.jte",
        new SubmitPage(
            frames.frame(ctx, "Submit an article"),
            frames.csrf(ctx),
            error,
            title,
            text,
            url,
            date,
            String.format(java.util.Locale.ROOT, "%.1f", maxUploadBytes / 1048576.0)));
  }

  private void submit(Context ctx) {
    String kind = String.valueOf(ctx.formParam("kind"));
    String title = String.valueOf(Optional.ofNullable(ctx.formParam("title")).orElse(""));
    String text = String.valueOf(Optional.ofNullable(ctx.formParam("text")).orElse(""));
    String url = String.valueOf(Optional.ofNullable(ctx.formParam("url")).orElse(""));
    String date = String.valueOf(Optional.ofNullable(ctx.formParam("published")).orElse(""));
    ArticleInput input;
    try {
      var published = Params.date("published", date);
      input =
          switch (kind) {
            case "text" -> {
              if (text.isBlank()) {
                throw HttpProblem.badRequest("Paste the article's text into the text box.");
              }
              yield new ArticleInput.Pasted(text, Params.text(title), published);
            }
            case "url" -> {
              if (url.isBlank()) {
                throw HttpProblem.badRequest("Type the article's address.");
              }
              yield new ArticleInput.Link(url.strip(), published);
            }
            case "file" -> upload(ctx, published);
            default -> throw HttpProblem.badRequest("Choose how to submit the article.");
          };
    } catch (HttpProblem e) {
      ctx.status(e.status());
      showForm(ctx, Optional.of(e.detail()), title, text, url, date);
      return;
    }
    Outcome<Submission> article = read.read(input);
    if (!article.isOk()) {
      ctx.status(422);
      showForm(
          ctx, Optional.of("This cannot be briefed: " + article.reason()), title, text, url, date);
      return;
    }
    Outcome<Submitted> stored =
        store.articles().submit(article.value(), auth.require(ctx).principal());
    if (!stored.isOk()) {
      ctx.status(422);
      showForm(ctx, Optional.of(stored.reason()), title, text, url, date);
      return;
    }
    Submitted s = stored.value();
    ctx.redirect(
        Links.job(s.jobId()) + (s.duplicate() ? "?duplicate=1" : ""), HttpStatus.SEE_OTHER);
  }

  private ArticleInput upload(Context ctx, Optional<java.time.LocalDate> published) {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) {
      throw HttpProblem.badRequest("Choose an HTML file to upload.");
    }
    if (file.size() > maxUploadBytes) {
      throw new HttpProblem(
          413, "Content too large", "The file is larger than " + maxUploadBytes + " bytes.");
    }
    try (InputStream in = file.content()) {
      byte[] bytes = in.readNBytes((int) maxUploadBytes + 1);
      return new ArticleInput.Upload(
          file.filename(), Optional.ofNullable(file.contentType()), bytes, published);
    } catch (IOException e) {
      throw HttpProblem.badRequest("The file could not be read; please upload it again.");
    }
  }

  private void job(Context ctx) {
    long id = Params.id(ctx, "id");
    Job job =
        store
            .jobs()
            .find(id)
            .orElseThrow(() -> HttpProblem.notFound("There is no job " + id + "."));
    String title =
        store
            .articles()
            .find(job.articleId())
            .map(a -> a.article().title().orElse(a.article().origin()))
            .orElse("article " + job.articleId());
    boolean finished = job.status() == JobStatus.DONE || job.status() == JobStatus.FAILED;
    Optional<String> briefing =
        store.briefings().latestFor(job.articleId()).map(b -> Links.review(b.id()));
    templates.send(
        ctx,
        "editor/job.jte",
        new JobPage(
            frames.frame(ctx, "Job " + id),
            id,
            job.status().code(),
            finished,
            title,
            job.attempts() + " of " + job.maxAttempts(),
            job.lastError(),
            job.note(),
            briefing,
            "1".equals(ctx.queryParam("duplicate"))));
  }
}
