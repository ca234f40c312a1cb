package org.civicbrief.spark.story;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What story clustering knows of one briefed article.
 *
 * @param position the article's input position, which identifies it within the job
 * @param id the record's id
 * @param day the publication date as an epoch day, or {@link #UNDATED}
 * @param actors the briefing's key actors, most central first, normalized by {@link
 *     ExtractFeatures#actorKey}
 * @param terms hashed content words, ascending, no repeats
 * @param weights the weight of each term: raw counts from {@link ExtractFeatures}, unit-length
 *     TF-IDF after {@link #weighted}
 */
public record StoryFeatures(
    long position, String id, long day, List<String> actors, int[] terms, float[] weights)
    implements Serializable {

  /** The {@code day} of an article without a publication date. */
  public static final long UNDATED = Long.MIN_VALUE;

  public StoryFeatures {
    Objects.requireNonNull(id, "id");
    actors = List.copyOf(actors);
    terms = terms.clone();
    weights = weights.clone();
    if (terms.length != weights.length) {
      throw new IllegalArgumentException(
          "terms and weights differ in length: " + terms.length + " and " + weights.length);
    }
    for (int i = 1; i < terms.length; i++) {
      if (terms[i] <= terms[i - 1]) {
        throw new IllegalArgumentException("terms must be ascending without repeats");
      }
    }
  }

  /** True when the article has a publication date. */
  public boolean dated() {
    return day != UNDATED;
  }

  @Override
  public int[] terms() {
    return terms.clone();
  }

  @Override
  public float[] weights() {
    return weights.clone();
  }

  /**
   * These features with TF-IDF weights scaled to unit length: {@code (1 + ln tf) * idf[term]}.
   *
   * @param idf inverse document frequency by hashed term
   */
  public StoryFeatures weighted(float[] idf) {
    float[] w = new float[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      w[i] = (float) ((1 + Math.log(weights[i])) * idf[terms[i]]);
      norm += (double) w[i] * w[i];
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < w.length; i++) {
        w[i] *= scale;
      }
    }
    return new StoryFeatures(position, id, day, actors, terms, w);
  }

  /** The dot product of the term weights: the cosine of two {@link #weighted} vectors. */
  public double dot(StoryFeatures other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      int a = terms[i];
      int b = other.terms[j];
      if (a == b) {
        sum += (double) weights[i++] * other.weights[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryFeatures f
        && position == f.position
        && day == f.day
        && id.equals(f.id)
        && actors.equals(f.actors)
        && Arrays.equals(terms, f.terms)
        && Arrays.equals(weights, f.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        position, id, day, actors, Arrays.hashCode(terms), Arrays.hashCode(weights));
  }

  @Override
  public String toString() {
    return "StoryFeatures["
        + position
        + ", "
        + id
        + ", day "
        + day
        + ", "
        + actors
        + ", "
        + terms.length
        + " terms]";
  }
}
