package org.civicbrief.spark.story;

import java.io.Serializable;
import org.civicbrief.core.story.StoryModel;

/**
 * How the job clusters articles into stories.
 *
 * @param windowDays the width of the time buckets: articles that share an actor and lie at most
 *     this many days apart are always compared
 * @param blockActors how many of an article's key actors make its blocking keys
 * @param neighbors in a block larger than twice this, each article is assigned against at least
 *     this many articles before it (not the whole block); bounds the work of a block that a very
 *     common actor makes large
 * @param joinThreshold the online model's join threshold: an article joins the best story whose
 *     score is at least this
 * @param lines true for story lines in two levels, as {@code serve} follows them ({@link
 *     FollowLinesInOrder}; the other settings do not apply), false for one-level stories by blocks
 */
public record StorySettings(
    int windowDays, int blockActors, int neighbors, double joinThreshold, boolean lines)
    implements Serializable {

  /** Three days, four actors, fifty neighbors, the online clusterer's join threshold. */
  public static StorySettings defaults() {
    return new StorySettings(3, 4, 50, StoryModel.defaults().joinThreshold(), false);
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
    if (!(joinThreshold > 0 && joinThreshold < 1)) {
      throw new IllegalArgumentException(
          "the story threshold must be between 0 and 1 (exclusive), got " + joinThreshold);
    }
  }

  /**
   * The online clusterer's model with this join threshold. Merging stays off, as online by default:
   * the batch unites stories only through each article's one best link.
   */
  public StoryModel model() {
    StoryModel defaults = StoryModel.defaults();
    return defaults.withThresholds(
        joinThreshold, Math.max(joinThreshold, defaults.mergeThreshold()));
  }

  /** These settings with another time window. */
  public StorySettings withWindowDays(int days) {
    return new StorySettings(days, blockActors, neighbors, joinThreshold, lines);
  }

  /** These settings with another join threshold. */
  public StorySettings withJoinThreshold(double threshold) {
    return new StorySettings(windowDays, blockActors, neighbors, threshold, lines);
  }

  /** These settings with story lines in two levels ({@code true}) or one-level stories. */
  public StorySettings withLines(boolean twoLevels) {
    return new StorySettings(windowDays, blockActors, neighbors, joinThreshold, twoLevels);
  }
}
