package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers a blank must not stand for: under a bound, or given only roughly (R15, Q4). */
class FillInBlankBoundsTest {

  private static boolean rough(String before) {
    return AskFillInBlank.afterApproximation(before + "40 percent", before.length());
  }

  @Test
  void aNumberTheArticleGivesOnlyRoughlyIsNoBlank() {
    assertThat(rough("NBC News called the race with about ")).isTrue();
    assertThat(rough("He was held for nearly ")).isTrue();
    assertThat(rough("The fund lost roughly $")).isTrue();
  }

  @Test
  void anExactNumberIsABlank() {
    assertThat(rough("The measure passed with ")).isFalse();
    assertThat(rough("The turnabout came after ")).isFalse();
  }
}
