package org.civicbrief.spark.story;

import java.util.HashSet;
import java.util.Set;

/**
 * The default similarity: a weighted mean of how many key actors two articles share (overlap
 * coefficient, so a short article naming two of a long one's six actors still scores high) and the
 * cosine of their TF-IDF content words.
 *
 * @param actorWeight the share of the actor overlap in the score, 0 to 1
 * @param threshold the least score at which two articles are one story
 */
public record ActorTermSimilarity(double actorWeight, double threshold) implements StorySimilarity {

  /** Half actors, half words; joins at 0.4. */
  public static final ActorTermSimilarity DEFAULT = new ActorTermSimilarity(0.5, 0.4);

  public ActorTermSimilarity {
    if (!(actorWeight >= 0 && actorWeight <= 1)) {
      throw new IllegalArgumentException("actorWeight must be between 0 and 1, got " + actorWeight);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "the story threshold must be above 0 and at most 1, got " + threshold);
    }
  }

  @Override
  public double score(StoryFeatures a, StoryFeatures b) {
    return actorWeight * actorOverlap(a, b) + (1 - actorWeight) * Math.max(0, a.dot(b));
  }

  static double actorOverlap(StoryFeatures a, StoryFeatures b) {
    if (a.actors().isEmpty() || b.actors().isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a.actors());
    shared.retainAll(b.actors());
    return (double) shared.size() / Math.min(a.actors().size(), b.actors().size());
  }
}
