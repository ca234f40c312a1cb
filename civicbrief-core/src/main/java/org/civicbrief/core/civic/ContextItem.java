package org.civicbrief.core.civic;

import java.util.Objects;
import org.civicbrief.core.briefing.Evidence;

/**
 * One "Why this matters" sentence: which concept the story touches and where, with the article text
 * it rests on and the card that explains the concept.
 *
 * @param text the sentence shown to readers: a template filled with card text and the quoted
 *     article span
 * @param evidence the quoted article span
 * @param citation the card and its primary source
 * @param voice whether the quoted span is reporting or the article's own opinion
 */
public record ContextItem(String text, Evidence evidence, Citation citation, StatementKind voice) {

  public ContextItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(voice, "voice");
    if (voice == StatementKind.ADVOCACY) {
      throw new IllegalArgumentException("advocacy is never evidence for why a story matters");
    }
  }
}
