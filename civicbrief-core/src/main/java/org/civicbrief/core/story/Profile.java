package org.civicbrief.core.story;

import java.time.LocalDate;

/** What the index keeps of one story: sums of its articles' features and its date range. */
final class Profile {

  final long id;
  final float[] embeddingSum;
  double embeddingNorm;
  SparseVector terms = SparseVector.EMPTY;
  SparseVector names = SparseVector.EMPTY;
  SparseVector numbers = SparseVector.EMPTY;
  SparseVector persons = SparseVector.EMPTY;
  int[] mainPlaces = new int[0];
  int[] salient = new int[0];
  LocalDate first;
  LocalDate last;
  int articles;

  /** The index of the story this one was merged into, or -1. */
  int mergedInto = -1;

  Profile(long id, int dimensions) {
    this.id = id;
    this.embeddingSum = new float[dimensions];
  }

  void addEmbedding(float[] e) {
    double n = 0;
    for (int i = 0; i < e.length; i++) {
      embeddingSum[i] += e[i];
      n += embeddingSum[i] * (double) embeddingSum[i];
    }
    embeddingNorm = Math.sqrt(n);
  }

  void addDate(LocalDate d) {
    if (d == null) {
      return;
    }
    if (first == null || d.isBefore(first)) {
      first = d;
    }
    if (last == null || d.isAfter(last)) {
      last = d;
    }
  }

  /** The cosine of a unit vector with the story's mean embedding. */
  double embeddingCosine(float[] unit) {
    if (embeddingNorm == 0) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < unit.length; i++) {
      s += unit[i] * (double) embeddingSum[i];
    }
    return s / embeddingNorm;
  }
}
