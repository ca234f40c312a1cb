package org.civicbrief.core.story;

import java.util.List;
import java.util.Objects;

/**
 * A direct quotation in a story, with every article that carried it.
 *
 * @param text the words inside the quotation marks
 * @param speaker the speaker's name
 * @param evidence the quotation in the first article that carried it
 * @param reports every article's quotation of it, earliest first
 * @param outlets every outlet that carried it
 */
public record StoryQuote(
    String text,
    String speaker,
    StoryEvidence evidence,
    List<StoryEvidence> reports,
    List<String> outlets) {

  public StoryQuote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(evidence, "evidence");
    reports = List.copyOf(reports);
    outlets = List.copyOf(outlets);
  }
}
