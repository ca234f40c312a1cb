package org.civicbrief.core.dedupe;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an article copies one already in a {@link DuplicateIndex}: the same normalized
 * text, or a near-duplicate whose shorter text is mostly contained in the longer one.
 */
public final class FindDuplicate {

  /**
   * How much of the shorter text must be found in the longer: 0.8 accepts a wire copy with a new
   * headline, a few changed sentences or a cut ending, and rejects two reports of one event, which
   * share quotes and phrases but rarely more than a third of their four-word shingles.
   */
  public static final double DEFAULT_CONTAINMENT = 0.8;

  /**
   * The shorter text must be at least half as long as the longer: a paragraph quoted in another
   * article is not a copy of it.
   */
  public static final double DEFAULT_LENGTH_RATIO = 0.5;

  private final double containment;
  private final double lengthRatio;

  /** With the default thresholds. */
  public FindDuplicate() {
    this(DEFAULT_CONTAINMENT, DEFAULT_LENGTH_RATIO);
  }

  /** With the given thresholds, each in (0, 1]. */
  public FindDuplicate(double containment, double lengthRatio) {
    if (!(containment > 0 && containment <= 1) || !(lengthRatio > 0 && lengthRatio <= 1)) {
      throw new IllegalArgumentException(
          "duplicate thresholds must be in (0, 1], got " + containment + " and " + lengthRatio);
    }
    this.containment = containment;
    this.lengthRatio = lengthRatio;
  }

  /** The verdict for {@code fingerprint}; the best-matching original wins, the earliest on ties. */
  public DuplicateVerdict check(Fingerprint fingerprint, DuplicateIndex index) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Optional<String> exact = index.withContentHash(fingerprint.contentHash());
    if (exact.isPresent()) {
      return new DuplicateVerdict.Exact(exact.get());
    }
    DuplicateVerdict best = new DuplicateVerdict.Original();
    double bestContainment = 0;
    for (String id : index.sharingABand(fingerprint.bandKeys())) {
      Optional<Fingerprint> other = index.fingerprint(id);
      if (other.isEmpty()) {
        continue;
      }
      Fingerprint o = other.get();
      int small = Math.min(o.shingles(), fingerprint.shingles());
      int large = Math.max(o.shingles(), fingerprint.shingles());
      if (large == 0 || small < lengthRatio * large) {
        continue;
      }
      double c = fingerprint.containment(o);
      if (c >= containment && c > bestContainment) {
        bestContainment = c;
        best = new DuplicateVerdict.Near(id, fingerprint.jaccard(o), c);
      }
    }
    return best;
  }
}
