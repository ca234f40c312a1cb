package org.civicbrief.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.user.Role;

/**
 * The server {@link SubmissionSurvivesCrashTest} kills: a store in the folder given as its
 * argument, an editor token, the server on a free port, and a worker whose job never finishes. It
 * says on standard output what the test needs to know.
 */
public final class BlockingServerMain {

  private BlockingServerMain() {}

  /** Runs until killed. */
  public static void main(String[] args) throws Exception {
    Store store = Store.open(StoreConfig.sqlite(Path.of(args[0])));
    long editor =
        store
            .users()
            .create("crash-editor", Optional.empty(), Set.of(Role.EDITOR), Principal.system("test"))
            .value()
            .id();
    String token =
        store.apiTokens().issue(editor, "crash", Principal.system("test")).value().secret();
    store
        .workers(
            job -> {
              System.out.println("running " + job.id());
              System.out.flush();
              new CountDownLatch(1).await();
              return Outcome.ok("unreachable");
            },
            new JobSettings(1, Duration.ofMinutes(1), Duration.ofMillis(200)))
        .start();
    WebServer server =
        new WebServer(
                WebConfig.defaults().withAddress("127.0.0.1", 0),
                store,
                TestServer::read,
                Clock.systemUTC())
            .start();
    System.out.println("token " + token);
    System.out.println("port " + server.port());
    System.out.flush();
  }
}
