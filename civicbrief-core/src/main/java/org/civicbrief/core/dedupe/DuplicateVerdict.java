package org.civicbrief.core.dedupe;

import java.util.Objects;

/** Whether an article is new, or a copy of one already stored. */
public sealed interface DuplicateVerdict {

  /** The original this article copies, or empty for a new article. */
  default java.util.Optional<String> original() {
    return switch (this) {
      case Original o -> java.util.Optional.empty();
      case Exact e -> java.util.Optional.of(e.originalId());
      case Near n -> java.util.Optional.of(n.originalId());
    };
  }

  /** No stored article has this text or one close to it. */
  record Original() implements DuplicateVerdict {}

  /**
   * The same text, up to case, punctuation and spacing.
   *
   * @param originalId the stored article
   */
  record Exact(String originalId) implements DuplicateVerdict {
    public Exact {
      Objects.requireNonNull(originalId, "originalId");
    }
  }

  /**
   * A copy with small edits: a wire story republished with another headline, a trimmed ending or a
   * changed sentence.
   *
   * @param originalId the stored article
   * @param jaccard the estimated Jaccard similarity of the two texts' shingles
   * @param containment the estimated share of the shorter text's shingles found in the longer
   */
  record Near(String originalId, double jaccard, double containment) implements DuplicateVerdict {
    public Near {
      Objects.requireNonNull(originalId, "originalId");
    }
  }
}
