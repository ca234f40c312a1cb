package org.civicbrief.core.text;

import java.util.Objects;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation the relation, such as {@code nsubj} or {@code obl:tmod}
 */
public record Dependency(int governor, int dependent, String relation) {

  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("bad edge " + governor + " -> " + dependent);
    }
  }
}
