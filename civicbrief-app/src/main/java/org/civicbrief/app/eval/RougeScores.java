package org.civicbrief.app.eval;

import java.util.Objects;

/**
 * ROUGE scores of one summary against its reference.
 *
 * @param rouge1 unigram overlap
 * @param rouge2 bigram overlap
 * @param rougeLsum summary-level longest common subsequence over newline-separated sentences
 */
public record RougeScores(Prf rouge1, Prf rouge2, Prf rougeLsum) {

  public RougeScores {
    Objects.requireNonNull(rouge1, "rouge1");
    Objects.requireNonNull(rouge2, "rouge2");
    Objects.requireNonNull(rougeLsum, "rougeLsum");
  }
}
