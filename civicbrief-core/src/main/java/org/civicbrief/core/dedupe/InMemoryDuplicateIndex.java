package org.civicbrief.core.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A {@link DuplicateIndex} in memory. Not thread-safe: one writer at a time, as in the store. */
public final class InMemoryDuplicateIndex implements DuplicateIndex {

  private final Map<String, String> byHash = new HashMap<>();
  private final Map<Long, List<Integer>> byBand = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Fingerprint> fingerprints = new HashMap<>();

  @Override
  public Optional<String> withContentHash(String contentHash) {
    return Optional.ofNullable(byHash.get(contentHash));
  }

  @Override
  public List<String> sharingABand(long[] bandKeys) {
    Set<Integer> found = new java.util.TreeSet<>();
    for (int b = 0; b < bandKeys.length; b++) {
      found.addAll(byBand.getOrDefault(bandKey(b, bandKeys[b]), List.of()));
    }
    List<String> out = new ArrayList<>(found.size());
    for (int i : found) {
      out.add(ids.get(i));
    }
    return out;
  }

  @Override
  public Optional<Fingerprint> fingerprint(String articleId) {
    return Optional.ofNullable(fingerprints.get(articleId));
  }

  @Override
  public void add(String articleId, Fingerprint fingerprint) {
    Objects.requireNonNull(articleId, "articleId");
    if (fingerprints.putIfAbsent(articleId, fingerprint) != null) {
      throw new IllegalArgumentException("article " + articleId + " is already indexed");
    }
    int position = ids.size();
    ids.add(articleId);
    byHash.putIfAbsent(fingerprint.contentHash(), articleId);
    long[] keys = fingerprint.bandKeys();
    Set<Long> distinct = new LinkedHashSet<>();
    for (int b = 0; b < keys.length; b++) {
      distinct.add(bandKey(b, keys[b]));
    }
    for (long k : distinct) {
      byBand.computeIfAbsent(k, x -> new ArrayList<>()).add(position);
    }
  }

  /** How many articles are indexed. */
  public int size() {
    return ids.size();
  }

  // A band key only matches the same band of another text.
  private static long bandKey(int band, long key) {
    return FingerprintText.mix(key + band * 0x632BE59BD9B4E019L);
  }
}
