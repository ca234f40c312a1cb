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
  void oneThreadPerCallGivesTheSameVectors() {
    BgeSmallEmbed oneThread = BgeSmallEmbed.oneThreadPerCall();
    String shortText = "The county council approved the new budget on Tuesday.";
    // Longer than the model's 512 tokens: embedded in parts, then averaged.
    String longText =
        (shortText + " Residents spoke for and against it at the hearing. ").repeat(60);
    for (String t : new String[] {shortText, longText}) {
      float[] expected = embed.embed(t);
      float[] actual = oneThread.embed(t);
      assertThat(actual).hasSize(expected.length);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-6f));
      }
    }
    assertThat(oneThread.model()).isEqualTo(embed.model());
    assertThat(oneThread.embed(" ")).containsOnly(0f);
  }

  @Test
  void blankTextIsTheZeroVector() {
    assertThat(embed.embed("  ")).containsOnly(0f);
  }
}
