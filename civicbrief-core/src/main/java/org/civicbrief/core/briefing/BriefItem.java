package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Objects;

/**
 * A statement a reader sees (a summary sentence, a core fact, the dek), with its evidence.
 *
 * @param text the statement: the source span, possibly shortened at its edges
 * @param evidence where it came from
 * @param attributedTo who the article says the statement comes from ("U.S. defense officials");
 *     empty when the article states it in its own voice
 * @param hedged true when the source hedges it ("reportedly", "could", "no ... was imminent")
 */
public record BriefItem(String text, Evidence evidence, List<String> attributedTo, boolean hedged) {

  public BriefItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    attributedTo = List.copyOf(attributedTo);
  }
}
