package org.civicbrief.core.story;

import java.util.Objects;
import org.civicbrief.core.briefing.Evidence;

/**
 * Evidence for a story-level item: the article it came from and the span in that article's text.
 *
 * @param articleId the article whose text {@code evidence} points into
 * @param evidence the sentence and character span
 */
public record StoryEvidence(String articleId, Evidence evidence) {

  public StoryEvidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(evidence, "evidence");
  }
}
