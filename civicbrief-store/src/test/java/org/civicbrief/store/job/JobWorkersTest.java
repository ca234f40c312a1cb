package org.civicbrief.store.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Fixtures;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.TestClock;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.audit.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How workers treat handlers that throw or outlive a shutdown. */
class JobWorkersTest {

  private static final JobSettings ONE =
      new JobSettings(1, Duration.ofMinutes(1), Duration.ofSeconds(1));

  @TempDir Path dataFolder;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
  private Store store;
  private long jobId;

  @BeforeEach
  void open() {
    store = Store.open(StoreConfig.sqlite(dataFolder), clock);
    jobId =
        store
            .articles()
            .submit(
                Submission.of(Fixtures.article("workers", Optional.empty())),
                Principal.system("test"))
            .value()
            .jobId();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aHandlerThatThrowsLeavesTheJobQueuedForALaterRetryWithTheError() throws Exception {
    CountDownLatch called = new CountDownLatch(1);
    try (JobWorkers workers =
        store.workers(
            job -> {
              called.countDown();
              throw new IllegalStateException("models not loaded");
            },
            ONE)) {
      workers.start();
      assertThat(called.await(1, TimeUnit.MINUTES)).isTrue();
    }

    Job job = store.jobs().find(jobId).orElseThrow();
    assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(job.attempts()).isEqualTo(1);
    assertThat(job.lastError()).contains("IllegalStateException: models not loaded");
    assertThat(job.runAfter()).isAfter(clock.instant());
  }

  @Test
  void stoppingWorkersPutsARunningJobBackWithoutUsingAnAttempt() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    JobWorkers workers =
        store.workers(
            job -> {
              running.countDown();
              new CountDownLatch(1).await();
              return Outcome.ok("unreachable");
            },
            ONE);
    workers.start();
    assertThat(running.await(1, TimeUnit.MINUTES)).isTrue();

    workers.stop(Duration.ZERO);

    Job job = store.jobs().find(jobId).orElseThrow();
    assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(job.attempts()).isZero();
  }

  @Test
  void aSkippedOutcomeFinishesTheJobWithItsReason() throws Exception {
    CountDownLatch called = new CountDownLatch(1);
    try (JobWorkers workers =
        store.workers(
            job -> {
              called.countDown();
              return Outcome.skipped("not in English");
            },
            ONE)) {
      workers.start();
      assertThat(called.await(1, TimeUnit.MINUTES)).isTrue();
    }

    Job job = store.jobs().find(jobId).orElseThrow();
    assertThat(job.status()).isEqualTo(JobStatus.DONE);
    assertThat(job.note()).contains("skipped: not in English");
  }
}
