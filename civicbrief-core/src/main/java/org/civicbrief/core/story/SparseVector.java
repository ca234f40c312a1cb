package org.civicbrief.core.story;

import java.util.Arrays;

/**
 * A sparse vector over word ids: ids ascending, each with a weight. Compact enough to keep a few
 * hundred for each of 100,000 stories.
 */
final class SparseVector {

  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] ids;
  final float[] weights;

  SparseVector(int[] ids, float[] weights) {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException("ids and weights differ in length");
    }
    this.ids = ids;
    this.weights = weights;
  }

  int size() {
    return ids.length;
  }

  /** The sum of the products of the weights of the ids both vectors have. */
  double dot(SparseVector o) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) {
        s += weights[i] * (double) o.weights[j];
        i++;
        j++;
      } else if (ids[i] < o.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }

  /**
   * The sum of this vector and {@code o}, keeping at most {@code cap} entries, the heaviest (ties
   * to the lower id), so a story that grows for years still fits in a few kilobytes.
   */
  SparseVector plus(SparseVector o, int cap) {
    int[] ids2 = new int[ids.length + o.ids.length];
    float[] w2 = new float[ids2.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length || j < o.ids.length) {
      if (j >= o.ids.length || (i < ids.length && ids[i] < o.ids[j])) {
        ids2[n] = ids[i];
        w2[n++] = weights[i++];
      } else if (i >= ids.length || o.ids[j] < ids[i]) {
        ids2[n] = o.ids[j];
        w2[n++] = o.weights[j++];
      } else {
        ids2[n] = ids[i];
        w2[n++] = weights[i++] + o.weights[j++];
      }
    }
    return top(Arrays.copyOf(ids2, n), Arrays.copyOf(w2, n), cap);
  }

  /** The {@code cap} heaviest entries of an id-sorted vector, still sorted by id. */
  static SparseVector top(int[] ids, float[] weights, int cap) {
    if (ids.length <= cap) {
      return new SparseVector(ids, weights);
    }
    Integer[] order = new Integer[ids.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        (a, b) ->
            weights[a] != weights[b] ? Float.compare(weights[b], weights[a]) : ids[a] - ids[b]);
    int[] keep = new int[cap];
    for (int k = 0; k < cap; k++) {
      keep[k] = order[k];
    }
    Arrays.sort(keep);
    int[] i2 = new int[cap];
    float[] w2 = new float[cap];
    for (int k = 0; k < cap; k++) {
      i2[k] = ids[keep[k]];
      w2[k] = weights[keep[k]];
    }
    return new SparseVector(i2, w2);
  }
}
