package org.civicbrief.store.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.civicbrief.core.common.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker threads that take jobs from the queue and run the handler on them, renewing each job's
 * lease while it runs. Closing stops taking jobs, waits up to one lease for running ones, then
 * interrupts them; a job whose handler stops on the interrupt goes back to the queue without using
 * up an attempt, and one that does not is taken up again when its lease ends.
 */
public final class JobWorkers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);
  private static final int MAX_ERROR_LENGTH = 2000;

  private final JobQueue queue;
  private final JobHandler handler;
  private final JobSettings settings;
  private final String name;
  private final ExecutorService threads;
  private final ScheduledExecutorService leases;
  private volatile boolean stopping;
  private boolean started;

  /** Workers for {@code queue} that hand each job to {@code handler}. */
  public JobWorkers(JobQueue queue, JobHandler handler, JobSettings settings) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.settings = Objects.requireNonNull(settings, "settings");
    // Unique per process and per start, so a restarted process never mistakes an old lease for its
    // own.
    this.name =
        "w" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.threads =
        Executors.newFixedThreadPool(
            settings.threads(), Thread.ofPlatform().name("civicbrief-worker-", 1).factory());
    this.leases =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("civicbrief-leases").factory());
  }

  /**
   * Puts back jobs abandoned by a dead process and starts the threads. Call once.
   *
   * @throws IllegalStateException when already started
   */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("the workers are already started");
    }
    started = true;
    sweep();
    long every = Math.max(1, settings.lease().toMillis() / 2);
    leases.scheduleAtFixedRate(this::sweep, every, every, TimeUnit.MILLISECONDS);
    for (int i = 1; i <= settings.threads(); i++) {
      String worker = name + "-" + i;
      threads.execute(() -> loop(worker));
    }
  }

  private void sweep() {
    try {
      // The queue logs each job it recovers, with the reason.
      queue.requeueExpired();
    } catch (RuntimeException e) {
      LOG.warn("cannot put back abandoned jobs: {}", e.getMessage());
    }
  }

  private void loop(String worker) {
    while (!stopping) {
      long seen = queue.generation();
      try {
        Optional<Job> job = queue.claim(worker, settings.lease());
        if (job.isPresent()) {
          run(worker, job.get());
        } else {
          queue.awaitWork(seen, settings.pollInterval());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // The database is away or full; keep the thread and try again after a poll interval.
        LOG.warn("{}: {}", worker, e.getMessage());
        try {
          queue.awaitWork(seen, settings.pollInterval());
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  private void run(String worker, Job job) {
    long every = Math.max(1, settings.lease().toMillis() / 3);
    ScheduledFuture<?> renewal =
        leases.scheduleAtFixedRate(() -> renew(worker, job), every, every, TimeUnit.MILLISECONDS);
    Outcome<String> outcome;
    long started = System.nanoTime();
    LOG.info(
        "job {} started: {} of article {}, attempt {} of {}, by {}",
        job.id(),
        job.kind(),
        job.articleId(),
        job.attempts(),
        job.maxAttempts(),
        worker);
    try {
      outcome = Objects.requireNonNull(handler.handle(job), "the job handler returned null");
    } catch (Throwable e) {
      renewal.cancel(false);
      if (stopping && e instanceof InterruptedException) {
        queue.release(job.id(), worker);
        LOG.info("job {} put back: the server is stopping", job.id());
        return;
      }
      LOG.warn(
          "job {} ({} of article {}) failed on attempt {} of {}; {}",
          job.id(),
          job.kind(),
          job.articleId(),
          job.attempts(),
          job.maxAttempts(),
          job.attempts() < job.maxAttempts() ? "it will be retried" : "no attempt is left",
          e);
      record(job, queue.fail(job.id(), worker, describe(e), true));
      if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
        // Out of memory or worse: the attempt is recorded, and this thread goes no further.
        throw fatal;
      }
      return;
    }
    renewal.cancel(false);
    boolean held =
        switch (outcome) {
          case Outcome.Ok<String> ok -> queue.complete(job.id(), worker, ok.get());
          case Outcome.Skipped<String> s ->
              queue.complete(job.id(), worker, "skipped: " + s.reason());
          case Outcome.Failed<String> f -> queue.fail(job.id(), worker, f.reason(), false);
        };
    LOG.info(
        "job {} finished in {} ms: {}",
        job.id(),
        (System.nanoTime() - started) / 1_000_000,
        switch (outcome) {
          case Outcome.Ok<String> ok -> "done, " + ok.get();
          case Outcome.Skipped<String> sk -> "skipped, " + sk.reason();
          case Outcome.Failed<String> f -> "failed, " + f.reason();
        });
    record(job, held);
  }

  private void renew(String worker, Job job) {
    try {
      if (!queue.renew(job.id(), worker, settings.lease())) {
        LOG.warn("{} lost the lease of job {}", worker, job.id());
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot renew the lease of job {}: {}", job.id(), e.getMessage());
    }
  }

  private static void record(Job job, boolean held) {
    if (!held) {
      LOG.warn("job {} was put back before it finished here; another attempt decides it", job.id());
    }
  }

  private static String describe(Throwable e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "…" : text;
  }

  /** Stops taking jobs and waits up to one lease for the running ones; see the class comment. */
  @Override
  public void close() {
    stop(settings.lease());
  }

  /**
   * Stops taking jobs, waits up to {@code grace} for the running ones, then interrupts them; a job
   * whose handler gives up on the interrupt goes back to the queue without using an attempt.
   */
  public void stop(Duration grace) {
    stopping = true;
    queue.signal();
    threads.shutdown();
    try {
      if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        threads.shutdownNow();
        threads.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      leases.shutdownNow();
    }
  }
}
