package org.civicbrief.core.dedupe;

import java.util.Arrays;
import java.util.Objects;

/**
 * What duplicate detection knows about an article's text.
 *
 * @param contentHash SHA-256 (hex) of the normalized text: equal for texts that differ only in
 *     case, punctuation and spacing
 * @param shingles how many distinct word shingles the text has
 * @param minHash the MinHash signature of the shingles, {@link FingerprintText#HASHES} values
 */
public record Fingerprint(String contentHash, int shingles, long[] minHash) {

  public Fingerprint {
    Objects.requireNonNull(contentHash, "contentHash");
    if (shingles < 0) {
      throw new IllegalArgumentException("shingles must not be negative, got " + shingles);
    }
    if (minHash.length != FingerprintText.HASHES) {
      throw new IllegalArgumentException(
          "a MinHash signature has " + FingerprintText.HASHES + " values, got " + minHash.length);
    }
    minHash = minHash.clone();
  }

  @Override
  public long[] minHash() {
    return minHash.clone();
  }

  /** The share of signature positions two fingerprints agree on: an estimate of their Jaccard. */
  public double jaccard(Fingerprint other) {
    int same = 0;
    for (int i = 0; i < minHash.length; i++) {
      if (minHash[i] == other.minHash[i]) {
        same++;
      }
    }
    return same / (double) minHash.length;
  }

  /**
   * The estimated share of the smaller text's shingles that the larger one also has. A wire copy
   * cut to length shares nearly all of its shingles with the original although their Jaccard is
   * lower.
   */
  public double containment(Fingerprint other) {
    int small = Math.min(shingles, other.shingles);
    if (small == 0) {
      return contentHash.equals(other.contentHash) ? 1 : 0;
    }
    double j = jaccard(other);
    double common = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1, common / small);
  }

  /** The locality-sensitive band keys: texts that share one are candidates for a comparison. */
  public long[] bandKeys() {
    long[] keys = new long[FingerprintText.BANDS];
    int rows = FingerprintText.HASHES / FingerprintText.BANDS;
    for (int b = 0; b < keys.length; b++) {
      long h = b * 0x9E3779B97F4A7C15L;
      for (int r = 0; r < rows; r++) {
        h = FingerprintText.mix(h ^ minHash[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && contentHash.equals(f.contentHash)
        && shingles == f.shingles
        && Arrays.equals(minHash, f.minHash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint[" + contentHash.substring(0, 12) + ", " + shingles + " shingles]";
  }
}
