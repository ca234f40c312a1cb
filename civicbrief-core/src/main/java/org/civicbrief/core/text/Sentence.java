package org.civicbrief.core.text;

import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens and dependency edges.
 *
 * @param index position in the article, from 0
 * @param start character offset of the first token
 * @param end character offset just past the last token
 * @param paragraph index of the paragraph (line block) the sentence is in, from 0
 * @param text the sentence exactly as it stands in the article text
 * @param tokens the tokens in order
 * @param dependencies dependency edges; empty when parsing was not configured
 */
public record Sentence(
    int index,
    int start,
    int end,
    int paragraph,
    String text,
    List<Token> tokens,
    List<Dependency> dependencies) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("sentence " + index + " has no tokens");
    }
  }

  /** The number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** Token {@code i}. */
  public Token token(int i) {
    return tokens.get(i);
  }
}
