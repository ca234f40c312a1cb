package org.civicbrief.spark.story;

import java.io.Serializable;

/**
 * An earlier article a later one may join.
 *
 * @param position the earlier article's position
 * @param id its id
 * @param score the online model's score of the later article against the earlier one's story
 */
record Candidate(long position, String id, double score) implements Serializable {

  /** The better of two candidates: the higher score, then the lower position. */
  static Candidate better(Candidate a, Candidate b) {
    if (a.score() != b.score()) {
      return a.score() > b.score() ? a : b;
    }
    return a.position() <= b.position() ? a : b;
  }
}
