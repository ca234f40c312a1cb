package org.civicbrief.web.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Why this matters" section as the page shows it: the civic context from cited knowledge-base
 * cards, the neutral things a reader can do, the cards themselves, and a note when the article is
 * mostly opinion. Empty when the article touches no card, and then the page shows no section.
 *
 * @param opinionNote the notice that the article is mostly opinion, if it is
 * @param lines the context sentences, each with the article span it rests on
 * @param actions neutral actions, each pointing to an official page
 * @param concepts the cards, for readers who want the background
 * @param citations the laws, cases and orders the article cites that no line carries, shown in a
 *     section of their own ("Laws and cases cited") even when no card applies
 */
public record WhyItMatters(
    Optional<String> opinionNote,
    List<ContextLine> lines,
    List<ActionLine> actions,
    List<ConceptLine> concepts,
    List<CitedLine> citations) {

  public WhyItMatters {
    Objects.requireNonNull(opinionNote, "opinionNote");
    lines = List.copyOf(lines);
    actions = List.copyOf(actions);
    concepts = List.copyOf(concepts);
    citations = List.copyOf(citations);
  }

  /** Nothing to show. */
  public static WhyItMatters none() {
    return new WhyItMatters(Optional.empty(), List.of(), List.of(), List.of(), List.of());
  }

  /** True when the page has no "Why this matters" section. */
  public boolean isEmpty() {
    return lines.isEmpty() && concepts.isEmpty();
  }

  /**
   * A neutral action.
   *
   * @param text what the reader can do
   * @param url the official page (http or https)
   */
  public record ActionLine(String text, String url) {
    public ActionLine {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * A knowledge-base card.
   *
   * @param name the concept
   * @param gloss its one-line definition
   * @param explanation the card's explanation
   * @param sourceTitle the primary source's title
   * @param sourceUrl its address (http or https), if it has a safe one
   */
  public record ConceptLine(
      String name,
      String gloss,
      String explanation,
      String sourceTitle,
      Optional<String> sourceUrl) {
    public ConceptLine {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(gloss, "gloss");
      Objects.requireNonNull(explanation, "explanation");
      Objects.requireNonNull(sourceTitle, "sourceTitle");
      Objects.requireNonNull(sourceUrl, "sourceUrl");
    }
  }

  /**
   * A law, case or order the article cites.
   *
   * @param text the citation in its standard form
   * @param kind what is cited, as readers read it ("U.S. Code", "case")
   * @param url the official text (http or https), if an address is known
   * @param href the article view at the words that cite it
   */
  public record CitedLine(String text, String kind, Optional<String> url, String href) {
    public CitedLine {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(href, "href");
    }
  }
}
