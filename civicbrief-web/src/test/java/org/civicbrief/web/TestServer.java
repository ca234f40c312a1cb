package org.civicbrief.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.job.Job;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.job.JobStatus;
import org.civicbrief.store.job.JobWorkers;
import org.civicbrief.store.user.Role;
import org.civicbrief.store.user.User;
import org.civicbrief.web.auth.Passwords;
import org.civicbrief.web.port.ArticleInput;

/**
 * A running server for tests: a SQLite store in a temporary folder, workers that brief with {@link
 * FixtureBriefs}, an editor with a password and an API token, and a reader token.
 */
public final class TestServer implements AutoCloseable {

  /** The editor's user name. */
  public static final String EDITOR = "editor";

  /** The editor's password, also the admin's. */
  public static final String PASSWORD = "correct horse battery staple";

  /** The admin's user name. */
  public static final String ADMIN = "admin";

  final Store store;
  final WebServer server;
  final JobWorkers workers;
  final String editorToken;
  final String readerToken;

  private TestServer(Path data, WebConfig config) {
    this.store = Store.open(StoreConfig.sqlite(data));
    this.workers =
        store.workers(
            job -> {
              var article = store.articles().find(job.articleId()).orElseThrow();
              var b =
                  store
                      .briefings()
                      .save(
                          job.articleId(),
                          FixtureBriefs.brief(article.article(), "fixture-1"),
                          Principal.system("worker"));
              return Outcome.ok("briefing " + b.id());
            },
            new JobSettings(1, Duration.ofSeconds(30), Duration.ofMillis(200)));
    workers.start();
    Passwords passwords = new Passwords();
    User editor =
        store
            .users()
            .create(
                EDITOR,
                Optional.of(passwords.hash(PASSWORD.toCharArray())),
                Set.of(Role.EDITOR),
                Principal.system("test"))
            .value();
    store
        .users()
        .create(ADMIN, editor.passwordHash(), Set.of(Role.ADMIN), Principal.system("test"))
        .value();
    User reader =
        store
            .users()
            .create("reader", Optional.empty(), Set.of(Role.READER), Principal.system("test"))
            .value();
    this.editorToken =
        store.apiTokens().issue(editor.id(), "tests", Principal.system("test")).value().secret();
    this.readerToken =
        store.apiTokens().issue(reader.id(), "tests", Principal.system("test")).value().secret();
    this.server = new WebServer(config, store, TestServer::read, Clock.systemUTC()).start();
  }

  /** A server on a free loopback port with generous limits. */
  public static TestServer start(Path data) {
    return start(data, WebConfig.defaults().withAddress("127.0.0.1", 0).withLimits(1000, 1000));
  }

  /** A server with {@code config}. */
  public static TestServer start(Path data, WebConfig config) {
    return new TestServer(data, config);
  }

  /** The absolute URL of {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Reads what an editor submits: Markdown with front matter, or plain text, or a crude HTML. */
  static Outcome<Submission> read(ArticleInput input) {
    return switch (input) {
      case ArticleInput.Pasted p -> article(p.text(), p.title(), p.published(), "pasted");
      case ArticleInput.Upload u ->
          article(
              new String(u.content(), StandardCharsets.UTF_8)
                  .replaceAll("(?s)<script.*?</script>", "")
                  .replaceAll("<[^>]+>", "\n")
                  .replaceAll("\n{3,}", "\n\n")
                  .strip(),
              Optional.empty(),
              u.published(),
              u.filename());
      case ArticleInput.Link l ->
          Outcome.failed("links are not fetched in these tests: " + l.url());
    };
  }

  private static Outcome<Submission> article(
      String raw, Optional<String> title, Optional<LocalDate> published, String origin) {
    Map<String, String> front = new LinkedHashMap<>();
    String body = raw.replace("\r\n", "\n");
    if (body.startsWith("---\n")) {
      int end = body.indexOf("\n---\n", 4);
      for (String line : body.substring(4, end).split("\n")) {
        int colon = line.indexOf(':');
        front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
      body = body.substring(end + 5).strip();
    }
    if (body.split("\\s+").length < 20) {
      return Outcome.failed("the text is too short to be an article (fewer than 20 words)");
    }
    String headline =
        title
            .or(() -> Optional.ofNullable(front.get("title")))
            .orElse(body.lines().findFirst().orElse(""));
    String text = title.isPresent() || front.containsKey("title") ? headline + "\n\n" + body : body;
    Article a =
        new Article(
            text,
            Optional.of(headline),
            true,
            Optional.ofNullable(front.get("author")),
            Optional.ofNullable(front.get("publisher")),
            published.or(() -> Optional.ofNullable(front.get("date")).map(LocalDate::parse)),
            Optional.empty(),
            Optional.empty(),
            "en",
            origin);
    return Outcome.ok(Submission.of(a));
  }

  /** The text of a test resource. */
  public static String resource(String name) {
    try (InputStream in = TestServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Submits {@code text} as the system, waits for its briefing, and returns the briefing id. */
  public long brief(String text) {
    Submission s = read(new ArticleInput.Pasted(text, Optional.empty(), Optional.empty())).value();
    Submitted submitted = store.articles().submit(s, Principal.system("test")).value();
    awaitJob(submitted.jobId());
    return store.briefings().latestFor(submitted.articleId()).orElseThrow().id();
  }

  /** Briefs, approves and publishes {@code text}; returns the briefing id. */
  public long publish(String text) {
    long id = brief(text);
    var state = store.briefings().find(id).orElseThrow().state();
    if (state != ReviewState.PUBLISHED) {
      if (state != ReviewState.APPROVED) {
        store.briefings().review(id, ReviewState.APPROVED, "", Principal.system("test")).value();
      }
      store.briefings().review(id, ReviewState.PUBLISHED, "", Principal.system("test")).value();
    }
    return id;
  }

  /** Waits until job {@code id} has finished, and fails when it did not succeed. */
  public Job awaitJob(long id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Job job = store.jobs().find(id).orElseThrow();
      if (job.status() == JobStatus.DONE) {
        return job;
      }
      if (job.status() == JobStatus.FAILED) {
        throw new AssertionError("job " + id + " failed: " + job.lastError().orElse("?"));
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    throw new AssertionError("job " + id + " did not finish within a minute");
  }

  @Override
  public void close() {
    server.close();
    workers.stop(Duration.ofSeconds(5));
    store.close();
  }
}
