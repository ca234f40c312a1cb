package org.civicbrief.nlp.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BgeSmallEmbedTest {

  private static BgeSmallEmbed embed;

  @BeforeAll
  static void load() {
    embed = new BgeSmallEmbed();
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void embeddingsHaveUnitLengthAndTheModelsDimensions() {
    float[] v = embed.embed("The county council approved the new budget on Tuesday.");
    assertThat(v).hasSize(embed.dimensions());
    assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void sentencesAboutOneEventAreCloserThanSentencesAboutAnother() {
    float[] flood =
        embed.embed("Floodwaters forced hundreds of families from their homes in Millbrook.");
    float[] sameFlood =
        embed.embed("Hundreds of Millbrook residents were evacuated as the river overflowed.");
    float[] budget = embed.embed("The school board voted to raise teacher salaries next year.");
    assertThat(dot(flood, sameFlood)).isGreaterThan(dot(flood, budget));
  }

  @Test
  void theSameTextAlwaysGetsTheSameEmbedding() {
    String t = "Lawmakers delayed the vote on the transit plan.";
    assertThat(embed.embed(t)).containsExactly(embed.embed(t));
  }

  @Test
  void blankTextIsTheZeroVector() {
    assertThat(embed.embed("  ")).containsOnly(0f);
  }
}
