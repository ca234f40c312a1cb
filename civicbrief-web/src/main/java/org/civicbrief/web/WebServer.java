package org.civicbrief.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import io.javalin.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civicbrief.store.Store;
import org.civicbrief.web.admin.AdminRoutes;
import org.civicbrief.web.api.ApiRouter;
import org.civicbrief.web.api.ApiRoutes;
import org.civicbrief.web.auth.Auth;
import org.civicbrief.web.auth.Csrf;
import org.civicbrief.web.auth.LoginRoutes;
import org.civicbrief.web.auth.Passwords;
import org.civicbrief.web.auth.Sessions;
import org.civicbrief.web.briefing.BriefingRoutes;
import org.civicbrief.web.briefing.CachedPages;
import org.civicbrief.web.briefing.JsonLd;
import org.civicbrief.web.briefing.ReaderCache;
import org.civicbrief.web.editor.DeskRoutes;
import org.civicbrief.web.editor.FeedRoutes;
import org.civicbrief.web.editor.ReviewRoutes;
import org.civicbrief.web.feed.AtomFeed;
import org.civicbrief.web.home.HomeRoutes;
import org.civicbrief.web.http.Assets;
import org.civicbrief.web.http.BodyLimit;
import org.civicbrief.web.http.ClientAddress;
import org.civicbrief.web.http.Errors;
import org.civicbrief.web.http.JsonBody;
import org.civicbrief.web.http.Layout;
import org.civicbrief.web.http.RateLimit;
import org.civicbrief.web.http.ReaderLimits;
import org.civicbrief.web.http.SecurityHeaders;
import org.civicbrief.web.http.Templates;
import org.civicbrief.web.ops.AccessLog;
import org.civicbrief.web.ops.Metrics;
import org.civicbrief.web.ops.OpsRoutes;
import org.civicbrief.web.port.ReadSubmission;
import org.civicbrief.web.quiz.QuizRoutes;
import org.civicbrief.web.search.SearchRoutes;
import org.civicbrief.web.story.ReadStory;
import org.civicbrief.web.story.StoryRoutes;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The civicbrief server: one Javalin (Jetty) instance with the reader pages, the editor pages, the
 * API and the feed. It serves what the store holds; briefing jobs run elsewhere (the application
 * starts workers on the same store).
 */
public final class WebServer implements AutoCloseable {

  private static final String ROBOTS =
      "User-agent: *\nDisallow: /editor\nDisallow: /admin\nDisallow: /login\n";

  private final WebConfig config;
  private final Javalin app;
  private final ApiRoutes api;
  private final OpsRoutes ops;
  private volatile String baseUrl;

  /** A server over {@code store} that reads submissions with {@code read}; call {@link #start}. */
  public WebServer(WebConfig config, Store store, ReadSubmission read, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    Templates templates = new Templates();
    Assets assets = new Assets();
    Layout layout = new Layout(assets);
    JsonBody json = new JsonBody();
    Errors errors = new Errors(templates, layout, json);
    Auth auth =
        new Auth(
            store,
            new Sessions(store.signIns()),
            new Csrf(store.serverKeys().key("csrf")),
            config.secureCookies());
    ReaderCache cache = new ReaderCache(store, System::nanoTime);
    JsonLd jsonLd = new JsonLd(this::baseUrl);
    ClientAddress address = new ClientAddress(config.trustedProxies());
    ReaderLimits quizLimit =
        new ReaderLimits(
            "quiz submissions", config.quizPerMinute(), config.quizPerMinutePerAddress(), clock);
    ReaderLimits checkLimit =
        new ReaderLimits(
            "answer checks",
            config.quizPerMinute() * 10,
            (int) Math.min(Integer.MAX_VALUE, config.quizPerMinutePerAddress() * 10L),
            clock);
    List<String> large = new ArrayList<>(ApiRoutes.LARGE_BODIES);
    large.add(DeskRoutes.SUBMIT);
    BodyLimit bodyLimit =
        new BodyLimit(config.maxBodyBytes(), config.maxUploadBytes(), Set.copyOf(large));
    this.api = new ApiRoutes(store, auth, json, read, quizLimit, address, cache);
    Passwords passwords = new Passwords();
    AdminRoutes admin = new AdminRoutes(store, auth, passwords, templates, layout);
    LoginRoutes login =
        new LoginRoutes(
            store,
            auth,
            passwords,
            templates,
            layout,
            new RateLimit("sign-in attempts from your address", config.loginsPerMinute(), clock),
            address,
            clock);
    HomeRoutes home = new HomeRoutes(store, templates, layout);
    BriefingRoutes briefings = new BriefingRoutes(templates, layout, jsonLd, cache);
    QuizRoutes quizzes =
        new QuizRoutes(
            store,
            cache,
            auth,
            templates,
            layout,
            jsonLd,
            json,
            quizLimit,
            checkLimit,
            address,
            clock);
    SearchRoutes search = new SearchRoutes(store, templates, layout);
    AtomFeed feed = new AtomFeed(store, this::baseUrl, clock.instant());
    DeskRoutes desk = new DeskRoutes(store, auth, read, templates, layout, config.maxUploadBytes());
    ReviewRoutes review = new ReviewRoutes(store, auth, templates, layout, cache);
    StoryRoutes stories = new StoryRoutes(new ReadStory(store), templates, layout);
    FeedRoutes feeds = new FeedRoutes(store, auth, templates, layout);
    Metrics metrics = new Metrics(store);
    AccessLog accessLog = new AccessLog(address, metrics);
    this.ops = new OpsRoutes(store, metrics, config.metricsToken());
    this.app =
        Javalin.create(
            c -> {
              configure(c, bodyLimit.largest());
              // Javalin puts its servlet inside this wrapper, behind the cached-page fast path.
              c.jetty.modifyServer(
                  server -> {
                    server.setHandler(new CachedPages(cache));
                    server.setRequestLog(accessLog);
                  });
              c.routes.before(
                  ctx -> {
                    SecurityHeaders.apply(ctx);
                    bodyLimit.check(ctx);
                  });
              c.routes.beforeMatched(auth::guard);
              errors.register(c.routes);
              c.routes.get("/assets/{name}", assets::serve);
              c.routes.get("/robots.txt", ctx -> ctx.contentType("text/plain").result(ROBOTS));
              ops.register(c.routes);
              home.register(c.routes);
              briefings.register(c.routes);
              quizzes.register(c.routes);
              search.register(c.routes);
              feed.register(c.routes);
              login.register(c.routes);
              desk.register(c.routes);
              review.register(c.routes);
              stories.register(c.routes);
              feeds.register(c.routes);
              admin.register(c.routes);
              api.register(c.routes);
            });
    answerHeadLikeGet(app);
  }

  /**
   * Registers HEAD beside every GET route, with the same handler and roles: Jetty sends the headers
   * and the length of the GET answer and no body. Without it Javalin answered HEAD with an empty
   * 200 whatever the GET would have said.
   */
  private static void answerHeadLikeGet(Javalin app) {
    var router = app.unsafe.internalRouter;
    Set<String> heads = new HashSet<>();
    List<Endpoint> gets = new ArrayList<>();
    for (var parsed : router.allHttpHandlers()) {
      Endpoint e = parsed.endpoint;
      if (e.method == HandlerType.HEAD) {
        heads.add(e.path);
      } else if (e.method == HandlerType.GET) {
        gets.add(e);
      }
    }
    for (Endpoint get : gets) {
      if (!heads.contains(get.path)) {
        Roles roles = get.metadata(Roles.class);
        router.addHttpEndpoint(
            new Endpoint(
                HandlerType.HEAD,
                get.path,
                get.handler,
                roles == null ? Set.<EndpointMetadata>of() : Set.<EndpointMetadata>of(roles)));
      }
    }
  }

  private void configure(JavalinConfig c, long largestBody) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    // Pages set their own tags; hashing every response to make one would cost more than it saves.
    c.http.generateEtags = false;
    // A known path with the wrong method is a 405 with Allow, not a 404.
    c.http.prefer405over404 = true;
    c.http.maxRequestSize = largestBody;
    c.router.ignoreTrailingSlashes = true;
    c.jetty.threadPool = threadPool();
    c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
    c.jetty.multipartConfig.maxTotalRequestSize(largestBody, SizeUnit.BYTES);
    c.jetty.multipartConfig.maxInMemoryFileSize(1 << 20, SizeUnit.BYTES);
    c.jetty.modifyServletContextHandler(
        h -> h.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, largestBody)));
    c.jetty.modifyHttpConfiguration(
        h -> {
          h.setSendServerVersion(false);
          h.setSendXPoweredBy(false);
        });
  }

  /**
   * Jetty's pool as Javalin makes it (at most 250 threads), except that requests are handled on
   * virtual threads, at most 250 at once; the selectors stay on platform threads. A quiz post waits
   * for its group commit: on a platform thread every post cost three or four context switches (to
   * the handler, to the commit and back, to the selector), a third of the server's CPU on two
   * cores; a virtual thread parks and resumes on a running carrier instead.
   */
  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(250, 8, 60_000);
    pool.setName("JettyServerThreadPool");
    VirtualThreadPool handlers = new VirtualThreadPool(250);
    handlers.setName("civicbrief-request");
    pool.setVirtualThreadsExecutor(handlers);
    return pool;
  }

  /** Starts listening; returns this server. */
  public WebServer start() {
    app.start(config.host(), config.port());
    baseUrl = config.baseUrl(app.port());
    return this;
  }

  /** The port the server listens on (the real one when the configuration said 0). */
  public int port() {
    return app.port();
  }

  /** The address readers use: {@code server.publicUrl}, else {@code http://host:port}. */
  public String baseUrl() {
    String b = baseUrl;
    return b != null ? b : config.baseUrl(config.port());
  }

  /** The API routes, for checking them against the OpenAPI document. */
  public List<ApiRouter.Route> apiRoutes() {
    return api.routes();
  }

  /** Stops the server. */
  @Override
  public void close() {
    ops.drain();
    app.stop();
  }
}
