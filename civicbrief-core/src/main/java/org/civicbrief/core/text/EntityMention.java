package org.civicbrief.core.text;

import java.util.Objects;

/**
 * A contiguous run of tokens that names an entity or states a value.
 *
 * @param sentence index of the sentence
 * @param firstToken index of its first token in the sentence
 * @param lastToken index of its last token (inclusive)
 * @param start character offset in the article text
 * @param end character offset just past the mention
 * @param text the mention as it stands in the text
 * @param type the entity type
 * @param normalized a normalized value (ISO date, number), or the empty string
 */
public record EntityMention(
    int sentence,
    int firstToken,
    int lastToken,
    int start,
    int end,
    String text,
    EntityType type,
    String normalized) {

  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(normalized, "normalized");
    if (lastToken < firstToken || end < start) {
      throw new IllegalArgumentException("bad mention span " + text);
    }
  }

  /** True when token {@code i} of the mention's sentence is inside the mention. */
  public boolean covers(int i) {
    return i >= firstToken && i <= lastToken;
  }
}
