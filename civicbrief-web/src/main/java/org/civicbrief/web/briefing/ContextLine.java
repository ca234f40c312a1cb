package org.civicbrief.web.briefing;

import java.util.List;
import java.util.Objects;

/**
 * One "Why this matters" sentence: the civic context of the story from a cited knowledge-base card,
 * with the article span it rests on and the primary source behind the card.
 *
 * @param text the sentence
 * @param href the article view at the span
 * @param sourceTitle the title of the primary source
 * @param sourceUrl its official address (http or https)
 * @param cited the article's own citations of the card's provision, with their links
 */
public record ContextLine(
    String text,
    String href,
    String sourceTitle,
    String sourceUrl,
    List<WhyItMatters.CitedLine> cited) {

  public ContextLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(sourceTitle, "sourceTitle");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    cited = List.copyOf(cited);
  }
}
