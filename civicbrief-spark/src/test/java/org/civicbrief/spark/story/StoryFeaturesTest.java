package org.civicbrief.spark.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {

  private static StoryFeatures features(int[] terms, float[] counts) {
    return new StoryFeatures(1, "a", 0, List.of(), terms, counts);
  }

  @Test
  void weightedVectorsHaveUnitLengthSoTheirDotProductIsTheCosine() {
    float[] idf = new float[ExtractFeatures.BUCKETS];
    java.util.Arrays.fill(idf, 1f);
    StoryFeatures a = features(new int[] {1, 2, 3}, new float[] {1, 1, 1}).weighted(idf);
    StoryFeatures b = features(new int[] {1, 2, 3}, new float[] {1, 1, 1}).weighted(idf);
    StoryFeatures c = features(new int[] {4, 5}, new float[] {2, 1}).weighted(idf);
    assertThat(a.dot(b)).isCloseTo(1.0, within(1e-6));
    assertThat(a.dot(c)).isZero();
  }

  @Test
  void rareTermsWeighMoreThanCommonOnes() {
    float[] idf = new float[ExtractFeatures.BUCKETS];
    idf[1] = 1;
    idf[2] = 5;
    StoryFeatures w = features(new int[] {1, 2}, new float[] {1, 1}).weighted(idf);
    assertThat(w.weights()[1]).isGreaterThan(w.weights()[0]);
  }

  @Test
  void termsMustBeAscendingAndMatchTheirWeights() {
    assertThatThrownBy(() -> features(new int[] {2, 1}, new float[] {1, 1}))
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> features(new int[] {1}, new float[] {1, 1}))
        .hasMessageContaining("differ in length");
  }
}
