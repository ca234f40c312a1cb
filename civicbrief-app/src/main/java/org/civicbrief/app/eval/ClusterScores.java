package org.civicbrief.app.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well predicted clusters match gold clusters.
 *
 * @param pairwise precision, recall and F1 over the pairs of documents put in one cluster
 * @param bcubed B-cubed precision, recall and F1 (Bagga and Baldwin 1998), averaged over documents
 * @param documents how many documents were clustered
 * @param goldClusters how many gold clusters there are
 * @param predictedClusters how many clusters were predicted
 */
public record ClusterScores(
    Prf pairwise, Prf bcubed, int documents, int goldClusters, int predictedClusters) {

  public ClusterScores {
    Objects.requireNonNull(pairwise, "pairwise");
    Objects.requireNonNull(bcubed, "bcubed");
  }

  /** Scores {@code predicted} against {@code gold}, one label per document in the same order. */
  public static <G, P> ClusterScores of(List<G> gold, List<P> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold labels but " + predicted.size() + " predictions");
    }
    int n = gold.size();
    Map<G, Integer> goldSize = new HashMap<>();
    Map<P, Integer> predSize = new HashMap<>();
    Map<List<Object>, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      both.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
    }
    // Pairs: a cell of c documents holds c(c-1)/2 pairs that are right in both.
    long right = 0;
    for (int c : both.values()) {
      right += (long) c * (c - 1) / 2;
    }
    long predictedPairs = pairs(predSize);
    long goldPairs = pairs(goldSize);
    Prf pairwise =
        Prf.of(
            predictedPairs == 0 ? 0 : right / (double) predictedPairs,
            goldPairs == 0 ? 0 : right / (double) goldPairs);
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(List.of(gold.get(i), predicted.get(i)));
      p += common / (double) predSize.get(predicted.get(i));
      r += common / (double) goldSize.get(gold.get(i));
    }
    Prf bcubed = n == 0 ? Prf.ZERO : Prf.of(p / n, r / n);
    return new ClusterScores(pairwise, bcubed, n, goldSize.size(), predSize.size());
  }

  private static long pairs(Map<?, Integer> sizes) {
    long s = 0;
    for (int c : sizes.values()) {
      s += (long) c * (c - 1) / 2;
    }
    return s;
  }
}
