package org.civicbrief.app.eval;

import java.util.List;
import java.util.Objects;

/**
 * A direct quotation as annotated: the attribution's content, which opens with a quotation mark,
 * and its source.
 *
 * @param content the content spans (a quote broken by "he said" has two)
 * @param source the source spans; empty when the annotator marked none
 * @param sourceText the source as written ("he", "Mr. Burman", "a campaign spokesman")
 */
record GoldQuote(List<Span> content, List<Span> source, String sourceText) {

  GoldQuote {
    content = List.copyOf(content);
    source = List.copyOf(source);
    Objects.requireNonNull(sourceText, "sourceText");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a quote has content");
    }
  }

  /** Characters shared with {@code span}. */
  int overlap(Span span) {
    int n = 0;
    for (Span c : content) {
      n += c.overlap(span);
    }
    return n;
  }

  boolean sourceOverlaps(Span span) {
    return source.stream().anyMatch(s -> s.overlaps(span));
  }
}
