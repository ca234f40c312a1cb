package org.civicbrief.spark.story;

import java.io.Serializable;
import java.util.Objects;

/**
 * How the job clusters articles into stories.
 *
 * @param windowDays the most days apart two articles of one story may be published
 * @param blockActors how many of an article's key actors make its blocking keys
 * @param neighbors how many later articles in a block each article is compared with; bounds the
 *     work of a block that a very common actor makes large
 * @param similarity the pairwise score and its threshold
 */
public record StorySettings(
    int windowDays, int blockActors, int neighbors, StorySimilarity similarity)
    implements Serializable {

  /** Three days, four actors, fifty neighbors, {@link ActorTermSimilarity#DEFAULT}. */
  public static StorySettings defaults() {
    return new StorySettings(3, 4, 50, ActorTermSimilarity.DEFAULT);
  }

  public StorySettings {
    if (windowDays < 1 || windowDays > 3650) {
      throw new IllegalArgumentException(
          "the story window must be between 1 and 3650 days, got " + windowDays);
    }
    if (blockActors < 1 || blockActors > ExtractFeatures.MAX_ACTORS) {
      throw new IllegalArgumentException(
          "blockActors must be between 1 and "
              + ExtractFeatures.MAX_ACTORS
              + ", got "
              + blockActors);
    }
    if (neighbors < 1 || neighbors > 10_000) {
      throw new IllegalArgumentException("neighbors must be between 1 and 10000, got " + neighbors);
    }
    Objects.requireNonNull(similarity, "similarity");
  }

  /** These settings with another time window. */
  public StorySettings withWindowDays(int days) {
    return new StorySettings(days, blockActors, neighbors, similarity);
  }

  /** These settings with {@code similarity}. */
  public StorySettings withSimilarity(StorySimilarity other) {
    return new StorySettings(windowDays, blockActors, neighbors, other);
  }
}
