package org.civicbrief.core.story;

/**
 * The port that turns text into a sentence embedding: a unit-length vector whose dot product with
 * another is their cosine similarity. Implementations are thread-safe and deterministic.
 */
public interface Embed {

  /**
   * The embedding of {@code text}, {@link #dimensions()} long and of unit length (all zeros for
   * text with nothing to embed). The caller owns the array.
   */
  float[] embed(String text);

  /** The length of every embedding. */
  int dimensions();

  /** The model's name and version, part of any cache key of its embeddings. */
  String model();
}
