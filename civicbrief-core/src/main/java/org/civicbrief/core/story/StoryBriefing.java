package org.civicbrief.core.story;

import java.util.List;
import java.util.Objects;

/**
 * The briefing of a whole story, merged from its articles' briefings.
 *
 * @param dek one sentence: the dek of the newest article
 * @param summary the newest article's summary, each sentence with every outlet that reported it
 * @param facts the core facts of all articles, each once, most widely reported first; facts a later
 *     article changed are kept and marked {@code superseded}
 * @param quotes the direct quotations, each once, in the order they first appeared
 * @param outlets every outlet that published or carried an article of the story
 */
public record StoryBriefing(
    StoryFact dek,
    List<StoryFact> summary,
    List<StoryFact> facts,
    List<StoryQuote> quotes,
    List<String> outlets) {

  public StoryBriefing {
    Objects.requireNonNull(dek, "dek");
    summary = List.copyOf(summary);
    facts = List.copyOf(facts);
    quotes = List.copyOf(quotes);
    outlets = List.copyOf(outlets);
  }
}
