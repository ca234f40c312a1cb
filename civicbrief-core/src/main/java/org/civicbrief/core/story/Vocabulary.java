package org.civicbrief.core.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The words of one kind (content words, names, numbers or surnames) seen so far, with a compact id
 * and the number of articles that used each, for inverse document frequencies.
 */
final class Vocabulary {

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> fixed;
  private int[] documentFrequency = new int[1024];
  private int mostFrequent;

  /** A vocabulary that counts the articles it is shown. */
  Vocabulary() {
    this.fixed = null;
  }

  /**
   * A vocabulary whose document frequencies are {@code fixed} (1 for a word not listed) and do not
   * change as articles are counted.
   */
  Vocabulary(Map<String, Integer> fixed) {
    this.fixed = Objects.requireNonNull(fixed, "fixed");
  }

  /** The id of {@code word}, added if new. */
  int id(String word) {
    Integer id = ids.get(word);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    ids.put(word, next);
    if (next == documentFrequency.length) {
      documentFrequency = Arrays.copyOf(documentFrequency, next * 2);
    }
    if (fixed != null) {
      documentFrequency[next] = fixed.getOrDefault(word, 1);
      mostFrequent = Math.max(mostFrequent, documentFrequency[next]);
    }
    return next;
  }

  /** The id of {@code word}, or -1 if it was never seen. */
  int find(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  /** Counts one more article that uses word {@code id}. */
  void count(int id) {
    if (fixed == null) {
      documentFrequency[id]++;
      mostFrequent = Math.max(mostFrequent, documentFrequency[id]);
    }
  }

  /** How many articles use the most used word seen so far. */
  int mostFrequent() {
    return mostFrequent;
  }

  /** How many articles use word {@code id}. */
  int documentFrequency(int id) {
    return documentFrequency[id];
  }

  /**
   * {@code ln((articles + 1) / (df + 1))}: high for rare words, near 0 for words in every article.
   */
  double idf(int id, long articles) {
    return Math.log((articles + 1.0) / (documentFrequency[id] + 1.0));
  }

  int size() {
    return ids.size();
  }
}
