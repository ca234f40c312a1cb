package org.civicbrief.core.dedupe;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.civicbrief.core.common.Sha256;

/**
 * Computes the {@link Fingerprint} of a text: the hash of its normalized form and a MinHash
 * signature over word shingles. Deterministic: the hash functions are fixed, not seeded per run.
 */
public final class FingerprintText {

  /** Signature length: 128 values estimate a Jaccard similarity to within about ±0.04. */
  public static final int HASHES = 128;

  /**
   * Bands of the locality-sensitive index: 32 bands of 4 rows make pairs with a Jaccard of 0.5 a
   * candidate 87% of the time, of 0.6 99%, and of 0.2 only 5%.
   */
  public static final int BANDS = 32;

  /** Words per shingle: four words keep common phrases from making unrelated texts look alike. */
  static final int SHINGLE = 4;

  private static final long[] SEEDS = seeds();

  /** The fingerprint of {@code text}. */
  public Fingerprint fingerprint(String text) {
    List<String> words = words(text);
    String normalized = String.join(" ", words);
    long[] shingles = shingles(words);
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(s ^ SEEDS[i]);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return new Fingerprint(Sha256.hex(normalized), shingles.length, min);
  }

  /** Lowercase words without accents or punctuation, so case and spacing changes do not count. */
  static List<String> words(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static long[] shingles(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    int n = Math.max(1, words.size() - SHINGLE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
        for (byte b : words.get(k).getBytes(StandardCharsets.UTF_8)) {
          h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        h = (h ^ ' ') * 0x100000001B3L;
      }
      out[i] = mix(h);
    }
    return Arrays.stream(out).distinct().toArray();
  }

  /** A strong 64-bit mixer (the finalizer of MurmurHash3). */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}
