package org.civicbrief.spark.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.KeepBriefings;
import org.civicbrief.core.pipeline.Kept;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.store.BatchStore;

/**
 * Writes briefings into the {@code civicbrief serve} database as drafts for an editor to review,
 * through the store's own repositories ({@link KeepBriefings}): the same rows, audit entries and
 * duplicate fingerprints its workers write. The store keeps an article once per content and a
 * briefing once per article and pipeline version, so running the job again, or Spark retrying a
 * task, stores nothing twice. No briefing job is queued, since the briefing is already made.
 */
public final class WriteToStore implements Serializable {

  private final StoreTarget target;

  /** Writes into {@code target}. */
  public WriteToStore(StoreTarget target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  /** Stores {@code briefings}, one transaction each, and says what happened to each. */
  public JavaRDD<StoreResult> write(JavaRDD<StoreRequest> briefings) {
    StoreTarget t = target;
    return briefings.mapPartitions(it -> writePartition(t, it));
  }

  private static Iterator<StoreResult> writePartition(
      StoreTarget target, Iterator<StoreRequest> it) {
    List<StoreResult> results = new ArrayList<>();
    if (!it.hasNext()) {
      return results.iterator();
    }
    BriefingJson json = new BriefingJson();
    try (KeepBriefings store = BatchStore.open(target.config())) {
      while (it.hasNext()) {
        results.add(store(json, store, it.next()));
      }
    }
    return results.iterator();
  }

  static StoreResult store(BriefingJson json, KeepBriefings store, StoreRequest request) {
    Outcome<Kept> kept;
    try {
      kept = store.keep(json.read(request.briefing()));
    } catch (IllegalArgumentException e) {
      return failed(request, "cannot read the briefing: " + e.getMessage());
    }
    if (!kept.isOk()) {
      return failed(request, kept.reason());
    }
    Kept k = kept.value();
    return new StoreResult(
        request.position(),
        request.id(),
        k.before() ? StoreResult.Status.ALREADY_STORED : StoreResult.Status.STORED,
        k.articleId(),
        k.briefingId(),
        "");
  }

  private static StoreResult failed(StoreRequest request, String reason) {
    return new StoreResult(
        request.position(), request.id(), StoreResult.Status.FAILED, 0, 0, reason);
  }
}
