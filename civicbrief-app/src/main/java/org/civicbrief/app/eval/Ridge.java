package org.civicbrief.app.eval;

import java.util.List;

/** Least-squares linear regression with an L2 penalty, solved in closed form. */
final class Ridge {

  private final double lambda;

  Ridge(double lambda) {
    if (!(lambda > 0)) {
      throw new IllegalArgumentException("lambda must be positive, got " + lambda);
    }
    this.lambda = lambda;
  }

  /** The weights minimizing squared error plus {@code lambda} times their squared norm. */
  double[] fit(List<double[]> rows, List<Double> targets) {
    int d = rows.getFirst().length;
    double[][] a = new double[d][d + 1];
    for (int r = 0; r < rows.size(); r++) {
      double[] x = rows.get(r);
      double y = targets.get(r);
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          a[i][j] += x[i] * x[j];
        }
        a[i][d] += x[i] * y;
      }
    }
    for (int i = 0; i < d; i++) {
      a[i][i] += lambda;
    }
    return solve(a);
  }

  /** Gauss-Jordan elimination with partial pivoting; the system is positive definite. */
  private static double[] solve(double[][] a) {
    int d = a.length;
    for (int c = 0; c < d; c++) {
      int pivot = c;
      for (int r = c + 1; r < d; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = a[c];
      a[c] = a[pivot];
      a[pivot] = tmp;
      for (int r = 0; r < d; r++) {
        if (r != c) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k <= d; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] w = new double[d];
    for (int i = 0; i < d; i++) {
      w[i] = a[i][d] / a[i][i];
    }
    return w;
  }
}
