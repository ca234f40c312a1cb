package org.civicbrief.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.civicbrief.app.config.CivicbriefConfig;
import org.civicbrief.app.config.ServeConfig;
import org.civicbrief.app.serve.BriefJob;
import org.civicbrief.app.serve.DemoArticles;
import org.civicbrief.app.serve.IngestSubmissions;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.db.StoreException;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.job.JobWorkers;
import org.civicbrief.web.WebConfig;
import org.civicbrief.web.WebServer;
import picocli.CommandLine.Command;
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

  @ParentCommand Civicbrief root;

  @Option(names = "--port", paramLabel = "PORT", description = "Port (server.port, default 8080).")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Address to listen on (server.host, default 127.0.0.1).")
  String host;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (store.dataFolder, default ./data).")
  Path data;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description = "jdbc:postgresql://… to use PostgreSQL (store.jdbcUrl).")
  String jdbcUrl;

  @Option(names = "--no-demo", description = "Do not import the demo articles on first run.")
  boolean noDemo;

  @Override
  public Integer call() throws InterruptedException {
    CivicbriefConfig config = root.config();
    ServeConfig serve = options(config.serve());
    Store store = open(serve.store());
    Ingest ingest = root.ingest(config);
    JobWorkers workers =
        store.workers(
            new BriefJob(store, root.pipeline(config), DemoArticles::isDemo),
            new JobSettings(serve.jobThreads(), Duration.ofMinutes(1), Duration.ofSeconds(2)));
    WebServer server = null;
    try {
      boolean firstRun = store.articles().recent(1, 0).isEmpty();
      workers.start();
      server = new WebServer(serve.web(), store, new IngestSubmissions(ingest), Clock.systemUTC());
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
            "civicbrief: no account yet; stop the server and make the first admin with"
                + " ./civicbrief admin create-user --username NAME --role admin"
                + " (later, admins manage accounts and API tokens at /admin)");
      }
      root.out.println(
          "civicbrief: serving at " + server.baseUrl() + "/  (data: " + where(serve.store()) + ")");
      root.out.flush();
      awaitShutdown();
      return 0;
    } finally {
      if (server != null) {
        server.close();
      }
      workers.stop(Duration.ofSeconds(10));
      store.close();
    }
  }

  private ServeConfig options(ServeConfig serve) {
    WebConfig web = serve.web();
    web =
        web.withAddress(
            host != null ? host : web.host(), port != null ? checkPort(port) : web.port());
    StoreConfig s = serve.store();
    StoreConfig store =
        new StoreConfig(
            data != null ? data : s.dataFolder(),
            jdbcUrl != null ? Optional.of(jdbcUrl) : s.jdbcUrl(),
            s.user(),
            s.password(),
            s.poolSize());
    return serve.withStore(store).withWeb(web);
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
