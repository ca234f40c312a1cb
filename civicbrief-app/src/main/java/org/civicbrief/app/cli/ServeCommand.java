package org.civicbrief.app.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.config.ServeConfig;
import org.civicbrief.app.serve.BriefJob;
import org.civicbrief.app.serve.ConfigureLogging;
import org.civicbrief.app.serve.DemoArticles;
import org.civicbrief.app.serve.FollowStories;
import org.civicbrief.app.serve.IngestSubmissions;
import org.civicbrief.app.serve.PollFeeds;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.url.FetchFeed;
import org.civicbrief.nlp.embed.BgeSmallEmbed;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.db.StoreException;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.job.JobWorkers;
import org.civicbrief.web.WebConfig;
import org.civicbrief.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code civicbrief serve}: the store, the briefing workers and the server in one process. On an
 * empty data folder it first imports the demo articles, which their jobs brief and publish.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves briefings, quizzes, the editors' pages and the API.",
      "On an empty data folder it imports and briefs the demo articles first."
    })
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  // How often the server looks for feeds that are due; each feed has its own schedule.
  private static final Duration FEED_CHECK = Duration.ofSeconds(30);

  @ParentCommand Civicbrief root;

  @Option(names = "--port", paramLabel = "PORT", description = "Port (server.port, default 8080).")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Address to listen on (server.host, default 127.0.0.1).")
  String host;

  @Mixin StoreOptions storeOptions;

  @Option(names = "--no-demo", description = "Do not import the demo articles on first run.")
  boolean noDemo;

  @Override
  public Integer call() throws InterruptedException {
    CivicbriefConfig config = root.config();
    ServeConfig serve = options(config.serve());
    ConfigureLogging.apply(serve.log());
    Store store = open(serve.store());
    Ingest ingest = root.ingest(config);
    FollowStories stories = new FollowStories(store, new BgeSmallEmbed());
    JobWorkers workers =
        store.workers(
            new BriefJob(store, root.briefRecord(config), DemoArticles::isDemo, stories),
            JobSettings.withThreads(serve.jobThreads()));
    IngestSubmissions submissions = new IngestSubmissions(ingest);
    PollFeeds feeds =
        new PollFeeds(
            store,
            new FetchFeed(ingest.config()),
            submissions,
            Clock.systemUTC(),
            PollFeeds.INTERVAL);
    ScheduledExecutorService feedPoller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "civicbrief-feeds");
              t.setDaemon(true);
              return t;
            });
    WebServer server = null;
    try {
      feedPoller.scheduleWithFixedDelay(
          () -> pollFeeds(feeds), 5, FEED_CHECK.toSeconds(), TimeUnit.SECONDS);
      boolean firstRun = store.articles().recent(1, 0).isEmpty();
      workers.start();
      server = new WebServer(serve.web(), store, submissions, Clock.systemUTC());
      server.start();
      if (firstRun && !noDemo) {
        List<Long> jobs = new DemoArticles(ingest).submit(store);
        root.err.println(
            "civicbrief: first run: briefing "
                + jobs.size()
                + " demo articles; they appear on the front page as each is published");
      }
      if (store.users().count() == 0) {
        root.err.println(
            "civicbrief: no account yet; make the first admin (the server may keep running) with"
                + " ./civicbrief admin create-user --username NAME --role admin"
                + " (later, admins manage accounts and API tokens at /admin)");
      }
      root.out.println(
          "civicbrief: serving at " + server.baseUrl() + "/  (data: " + where(serve.store()) + ")");
      root.out.flush();
      awaitShutdown();
      return 0;
    } finally {
      feedPoller.shutdownNow();
      if (server != null) {
        server.close();
      }
      workers.stop(Duration.ofSeconds(10));
      store.close();
      ConfigureLogging.flush();
    }
  }

  private void pollFeeds(PollFeeds feeds) {
    try {
      for (PollFeeds.Polled p : feeds.pollDue()) {
        boolean ok = p.outcome().startsWith("ok") || p.outcome().equals("not modified");
        (ok ? LOG.atInfo() : LOG.atWarn())
            .addKeyValue("feed", p.feedId())
            .addKeyValue("url", p.url())
            .addKeyValue("outcome", p.outcome())
            .log("feed {} {}: {}", p.feedId(), p.url(), p.outcome());
      }
    } catch (RuntimeException e) {
      // A database outage must not end the schedule; the next round tries again.
      LOG.warn("polling feeds failed: {}", e.getMessage());
    }
  }

  private ServeConfig options(ServeConfig serve) {
    WebConfig web = serve.web();
    web =
        web.withAddress(
            host != null ? host : web.host(), port != null ? checkPort(port) : web.port());
    return serve.withStore(storeOptions.apply(serve.store())).withWeb(web);
  }

  private static int checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535, got " + port, 2);
    }
    return port;
  }

  static Store open(StoreConfig config) {
    try {
      return Store.open(config);
    } catch (StoreException e) {
      throw new UserError(e.getMessage(), Civicbrief.BAD_INPUT);
    }
  }

  /**
   * Opens the store for commands that run beside servers on it (accounts, tokens, feeds): without
   * the SQLite store's Lucene index, which a running server holds.
   */
  static Store openBesideServers(StoreConfig config) {
    try {
      return Store.openForAccounts(config);
    } catch (StoreException e) {
      throw new UserError(e.getMessage(), Civicbrief.BAD_INPUT);
    }
  }

  private static String where(StoreConfig store) {
    return store.jdbcUrl().isPresent()
        ? store.jdbcUrl().get().replaceAll("password=[^&;]*", "password=…")
        : store.dataFolder().toAbsolutePath().normalize().toString();
  }

  private static void awaitShutdown() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(stop::countDown, "civicbrief-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stop.await();
  }
}
