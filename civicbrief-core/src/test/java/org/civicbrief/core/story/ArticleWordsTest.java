package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.civic.TinyAnnotator;
import org.junit.jupiter.api.Test;

/** The words story assignment compares, read from an article's tokens. */
class ArticleWordsTest {

  private static final String TEXT =
      """
      Ferry Board Raises Fares

      The ferry board of Port Alder raised fares for 1,500 riders in 2025.

      Commuters said the fares hurt. Board chair Marta Quill defended the vote.
      """;

  @Test
  void theLeadCountsThreeTimesAndTheRestOnce() {
    ArticleWords.Counts counts = ArticleWords.of(TinyAnnotator.annotate(TEXT));

    assertThat(counts.terms().get("ferry")).isEqualTo(2f * ArticleWords.LEAD_WEIGHT);
    assertThat(counts.terms().get("commuters")).isEqualTo(1f);
    assertThat(counts.terms().get("fares")).isEqualTo(2f * ArticleWords.LEAD_WEIGHT + 1);
  }

  @Test
  void namesAreRunsOfCapitalizedWordsButNotASentencesFirstWordAlone() {
    ArticleWords.Counts counts = ArticleWords.of(TinyAnnotator.annotate(TEXT));

    assertThat(counts.names()).containsKeys("port", "alder", "marta", "quill");
    assertThat(counts.names()).doesNotContainKey("commuters");
  }

  @Test
  void numbersLoseTheirThousandsSeparatorAndYearsAreLeftOut() {
    ArticleWords.Counts counts = ArticleWords.of(TinyAnnotator.annotate(TEXT));

    assertThat(counts.numbers()).containsOnlyKeys("1500");
  }
}
