package org.civicbrief.spark.story;

import java.io.Serializable;

/**
 * How alike two articles are, for story clustering. This is where the online story clusterer's rule
 * plugs in (docs/SCALING.md): the batch job compares only the candidate pairs blocking finds, and
 * an article joins the story of its best-scoring earlier candidate when the score reaches {@link
 * #threshold()}.
 */
public interface StorySimilarity extends Serializable {

  /** A score from 0 (unrelated) to 1 (the same story); symmetric. */
  double score(StoryFeatures a, StoryFeatures b);

  /** The least score at which two articles belong to the same story. */
  double threshold();
}
