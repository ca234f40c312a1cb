package org.civicbrief.app.eval;

/**
 * Precision, recall and their harmonic mean, each between 0 and 1.
 *
 * @param precision share of predictions that are right
 * @param recall share of the gold items found
 * @param f1 harmonic mean of precision and recall, 0 when both are 0
 */
public record Prf(double precision, double recall, double f1) {

  /** No predictions and nothing to find. */
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1)) {
      throw new IllegalArgumentException("precision and recall must be in [0, 1]");
    }
  }

  /** From a precision and a recall. */
  public static Prf of(double precision, double recall) {
    double sum = precision + recall;
    return new Prf(precision, recall, sum > 0 ? 2 * precision * recall / sum : 0);
  }

  /**
   * From counts: {@code rightPredictions} of {@code predicted} predictions are right and {@code
   * foundGold} of {@code gold} gold items were found.
   */
  public static Prf of(int rightPredictions, int predicted, int foundGold, int gold) {
    return of(
        predicted == 0 ? 0 : rightPredictions / (double) predicted,
        gold == 0 ? 0 : foundGold / (double) gold);
  }
}
