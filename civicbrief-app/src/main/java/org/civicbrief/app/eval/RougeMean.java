package org.civicbrief.app.eval;

/** Running means of ROUGE F1 and summary length of one system on one group of records. */
final class RougeMean {

  private int n;
  private double r1;
  private double r2;
  private double rl;
  private double words;

  void add(RougeScores s, String summary) {
    n++;
    r1 += s.rouge1().f1();
    r2 += s.rouge2().f1();
    rl += s.rougeLsum().f1();
    words += summary.isBlank() ? 0 : summary.strip().split("\\s+").length;
  }

  double rouge1() {
    return n == 0 ? 0 : r1 / n;
  }

  SummarizeEval.Row row(String source, String system) {
    return new SummarizeEval.Row(source, system, n, r1 / n, r2 / n, rl / n, words / n);
  }
}
