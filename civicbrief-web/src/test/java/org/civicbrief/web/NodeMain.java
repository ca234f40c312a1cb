package org.civicbrief.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.job.JobHandler;
import org.civicbrief.store.job.JobSettings;

/**
 * One of the servers {@link TwoNodesTest} runs on one PostgreSQL database: the store, two workers
 * with the lease {@code serve} uses, and the web server on a free port. Its workers either brief
 * with {@link FixtureBriefs} ({@code work}) or hold every job they claim until the process is
 * killed ({@code hold}). Arguments: data folder, JDBC URL, database user, {@code work|hold}. It
 * says on standard output what the test needs to know.
 */
public final class NodeMain {

  private NodeMain() {}

  /** Runs until killed. */
  public static void main(String[] args) throws Exception {
    Store store =
        Store.open(StoreConfig.postgres(Path.of(args[0]), args[1], args[2], Optional.empty()));
    JobHandler handler =
        args[3].equals("hold")
            ? job -> {
              say("running " + job.id());
              new CountDownLatch(1).await();
              return Outcome.ok("unreachable");
            }
            : job -> {
              var article = store.articles().find(job.articleId()).orElseThrow();
              var b =
                  store
                      .briefings()
                      .save(
                          job.articleId(),
                          FixtureBriefs.brief(article.article(), "fixture-1"),
                          Principal.system("worker"));
              say("finished " + job.id());
              return Outcome.ok("briefing " + b.id());
            };
    store.workers(handler, JobSettings.withThreads(2)).start();
    WebServer server =
        new WebServer(
                WebConfig.defaults().withAddress("127.0.0.1", 0).withLimits(1000, 1000),
                store,
                TestServer::read,
                Clock.systemUTC())
            .start();
    say("port " + server.port());
  }

  private static synchronized void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
