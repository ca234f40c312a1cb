package org.civicbrief.store.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.civicbrief.core.common.ChildJvm;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Fixtures;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.article.Submitted;
import org.civicbrief.store.audit.Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job survives {@code kill -9} of the process running it, and is done after a restart. */
class CrashRecoveryTest {

  @TempDir Path dataFolder;

  @Test
  void aJobRunningWhenItsProcessIsKilledIsProcessedAfterRestart() throws Exception {
    long jobId = runAndKill();

    // The restarted process starts after the dead worker's one-minute lease has run out.
    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
    try (Store store = Store.open(StoreConfig.sqlite(dataFolder), later)) {
      Job orphan = store.jobs().find(jobId).orElseThrow();
      assertThat(orphan.status()).isEqualTo(JobStatus.RUNNING);
      assertThat(orphan.attempts()).isEqualTo(1);

      CountDownLatch done = new CountDownLatch(1);
      List<Long> handled = new ArrayList<>();
      try (JobWorkers workers =
          store.workers(
              job -> {
                handled.add(job.id());
                done.countDown();
                return Outcome.ok("briefed after restart");
              },
              new JobSettings(1, Duration.ofMinutes(1), Duration.ofSeconds(1)))) {
        workers.start();
        assertThat(done.await(1, TimeUnit.MINUTES)).isTrue();
      }

      assertThat(handled).containsExactly(jobId);
      Job finished = store.jobs().find(jobId).orElseThrow();
      assertThat(finished.status()).isEqualTo(JobStatus.DONE);
      assertThat(finished.attempts()).isEqualTo(2);
      assertThat(finished.note()).contains("briefed after restart");
      Submitted again =
          store
              .articles()
              .submit(
                  Submission.of(Fixtures.article("crash course", Optional.empty())),
                  Principal.system("test"))
              .value();
      assertThat(again.duplicate()).isTrue();
      assertThat(again.jobId()).isEqualTo(jobId);
    }
  }

  /** Starts {@link BlockingWorkerMain}, waits until its job runs, kills it; returns the job id. */
  private long runAndKill() throws Exception {
    Process child = ChildJvm.start(BlockingWorkerMain.class, dataFolder.toString());
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
        if (line.startsWith("running ")) {
          child.destroyForcibly();
          child.waitFor();
          return Long.parseLong(line.substring("running ".length()));
        }
      }
    } finally {
      child.destroyForcibly();
    }
    throw new AssertionError(
        "the child ended before running its job:\n" + String.join("\n", output));
  }
}
