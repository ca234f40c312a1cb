package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ROUGE on cases worked out by hand. Reference: "The cat sat on the mat." / "It was happy." gives
 * the tokens the cat sat on the mat it was happi (nine; "happy" is stemmed).
 */
class RougeTest {

  private static final String REFERENCE = "The cat sat on the mat.\nIt was happy.";
  private final Rouge rouge = new Rouge();

  @Test
  void tokenizesLikeRougeScore() {
    assertThat(new RougeTokenizer().tokenize("U.S. officials don't say 'running' -- 2,000 times"))
        .containsExactly("u", "s", "offici", "don", "t", "say", "run", "2", "000", "time");
  }

  @Test
  void scoresUnigramsBigramsAndLcsOfASummaryInTheSameOrder() {
    // Summary tokens: the cat was on the mat (six).
    // ROUGE-1: the x2, cat, was, on, mat = 6 shared; P = 6/6, R = 6/9, F = 0.8.
    // ROUGE-2: "the cat", "on the", "the mat" of 5 summary and 8 reference bigrams; F = 6/13.
    // Lsum: LCS with sentence 1 is "the cat on the mat" (5), with sentence 2 "was" (1): 6 hits.
    RougeScores s = rouge.score(REFERENCE, "The cat was on the mat.");
    assertThat(s.rouge1().precision()).isEqualTo(1.0);
    assertThat(s.rouge1().recall()).isCloseTo(6 / 9.0, within(1e-12));
    assertThat(s.rouge1().f1()).isCloseTo(0.8, within(1e-12));
    assertThat(s.rouge2().precision()).isCloseTo(0.6, within(1e-12));
    assertThat(s.rouge2().recall()).isCloseTo(0.375, within(1e-12));
    assertThat(s.rouge2().f1()).isCloseTo(6 / 13.0, within(1e-12));
    assertThat(s.rougeLsum().f1()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void lcsRewardsOrderWhereUnigramsDoNot() {
    // "on the mat the cat sat" has every unigram of sentence 1, but the longest common
    // subsequence with it is three tokens: Lsum P = 3/6, R = 3/9, F = 0.4, while ROUGE-1 F = 0.8.
    // ROUGE-2: "on the", "the mat", "the cat", "cat sat" shared: P = 4/5, R = 4/8, F = 8/13.
    RougeScores s = rouge.score(REFERENCE, "On the mat the cat sat.");
    assertThat(s.rouge1().f1()).isCloseTo(0.8, within(1e-12));
    assertThat(s.rouge2().f1()).isCloseTo(8 / 13.0, within(1e-12));
    assertThat(s.rougeLsum().precision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.rougeLsum().recall()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.rougeLsum().f1()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void lsumTakesTheUnionOverSummarySentences() {
    // "the cat sat" and "on the mat" each cover half of sentence 1; their union covers all of it.
    RougeScores s = rouge.score(REFERENCE, "On the mat.\nThe cat sat.");
    assertThat(s.rougeLsum().precision()).isEqualTo(1.0);
    assertThat(s.rougeLsum().recall()).isCloseTo(6 / 9.0, within(1e-12));
  }

  @Test
  void anEmptySummaryScoresZero() {
    RougeScores s = rouge.score(REFERENCE, "");
    assertThat(List.of(s.rouge1().f1(), s.rouge2().f1(), s.rougeLsum().f1())).containsOnly(0.0);
  }
}
