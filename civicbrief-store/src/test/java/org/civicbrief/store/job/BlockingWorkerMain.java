package org.civicbrief.store.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Fixtures;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.audit.Principal;

/**
 * The process {@link CrashRecoveryTest} kills: it submits an article in the data folder given as
 * its argument, starts a worker whose handler never returns, and says so on standard output.
 */
public final class BlockingWorkerMain {

  private BlockingWorkerMain() {}

  /** Runs until killed. */
  public static void main(String[] args) throws Exception {
    Store store = Store.open(StoreConfig.sqlite(Path.of(args[0])));
    Submitted submitted =
        store
            .articles()
            .submit(
                Submission.of(Fixtures.article("crash course", Optional.empty())),
                Principal.system("crash-test"))
            .value();
    System.out.println("submitted " + submitted.jobId());
    JobWorkers workers =
        store.workers(
            job -> {
              System.out.println("running " + job.id());
              System.out.flush();
              new CountDownLatch(1).await();
              return Outcome.ok("unreachable");
            },
            new JobSettings(1, Duration.ofMinutes(1), Duration.ofSeconds(1)));
    workers.start();
  }
}
