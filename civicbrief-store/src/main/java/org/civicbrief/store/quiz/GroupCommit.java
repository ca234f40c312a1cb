package org.civicbrief.store.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.civicbrief.store.db.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one writer thread takes every item that arrived while the previous transaction was
 * syncing and writes them all in one transaction, so many requests share one fsync. A caller is
 * answered only once the transaction holding its item has committed; when a batch fails, each of
 * its items is written alone, so one bad item fails only its own caller.
 *
 * @param <T> what is written
 * @param <R> what a caller gets back
 */
final class GroupCommit<T, R> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  /** Writes a batch in one transaction and returns one result per item, in order. */
  @FunctionalInterface
  interface Batch<T, R> {
    List<R> write(List<T> items);
  }

  private record Pending<T, R>(T item, CompletableFuture<R> done) {}

  @SuppressWarnings("rawtypes")
  private static final Pending STOP = new Pending<>(null, null);

  private final Batch<T, R> batch;
  private final int maxBatch;
  private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private volatile boolean closed;

  /** A writer that hands up to {@code maxBatch} items at a time to {@code batch}. */
  GroupCommit(String name, Batch<T, R> batch, int maxBatch) {
    this.batch = Objects.requireNonNull(batch, "batch");
    if (maxBatch < 1) {
      throw new IllegalArgumentException("a batch holds at least one item");
    }
    this.maxBatch = maxBatch;
    this.writer = Thread.ofPlatform().daemon().name(name).unstarted(this::loop);
    writer.start();
  }

  /**
   * Writes {@code item} and returns its result once its transaction has committed.
   *
   * @throws StoreException when the write failed or the writer is closed
   */
  R write(T item) {
    CompletableFuture<R> done = new CompletableFuture<>();
    synchronized (this) {
      // Nothing is queued behind the stop marker, so every queued item is written or failed.
      if (closed) {
        throw new StoreException("the store is closed");
      }
      queue.add(new Pending<>(item, done));
    }
    try {
      return done.get();
    } catch (InterruptedException e) {
      // The item may still be written; the caller only stops waiting for it.
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while the attempt was being stored", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }

  /** Items written since start. */
  long written() {
    return written.get();
  }

  /** Transactions committed since start. */
  long commits() {
    return commits.get();
  }

  private void loop() {
    List<Pending<T, R>> pending = new ArrayList<>(maxBatch);
    boolean stop = false;
    while (!stop) {
      try {
        pending.add(queue.take());
      } catch (InterruptedException e) {
        // Only close() stops the writer, with the stop marker, so that what is queued is written.
        continue;
      }
      queue.drainTo(pending, maxBatch - 1);
      stop = pending.removeIf(p -> p == STOP);
      if (!pending.isEmpty()) {
        writeAll(pending);
      }
      pending.clear();
    }
  }

  private void writeAll(List<Pending<T, R>> pending) {
    List<T> items = pending.stream().map(Pending::item).toList();
    List<R> results;
    try {
      results = batch.write(items);
    } catch (RuntimeException e) {
      if (pending.size() == 1) {
        fail(pending, e);
        return;
      }
      LOG.warn(
          "a batch of {} writes failed ({}); writing them one by one",
          items.size(),
          e.getMessage());
      for (Pending<T, R> p : pending) {
        writeAll(List.of(p));
      }
      return;
    }
    commits.incrementAndGet();
    written.addAndGet(items.size());
    for (int i = 0; i < pending.size(); i++) {
      pending.get(i).done().complete(results.get(i));
    }
  }

  private void fail(List<Pending<T, R>> pending, RuntimeException e) {
    for (Pending<T, R> p : pending) {
      p.done().completeExceptionally(e);
    }
  }

  /** Writes what is queued, then stops the writer; later writes fail. */
  @Override
  @SuppressWarnings("unchecked")
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.add(STOP);
    }
    try {
      writer.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Pending<T, R>> left = new ArrayList<>();
    queue.drainTo(left);
    left.removeIf(p -> p == STOP);
    fail(left, new StoreException("the store is closed"));
  }
}
