package org.civicbrief.web.briefing;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation on the page.
 *
 * @param text the words inside the quotation marks
 * @param href the article view at the quotation
 * @param speaker who said it
 * @param speakerAnchor the fragment id of the speaker's card, when the speaker is a key actor
 * @param verb the reporting verb ("said", "warned"), if any
 */
public record QuoteLine(
    String text,
    String href,
    String speaker,
    Optional<String> speakerAnchor,
    Optional<String> verb) {

  public QuoteLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerAnchor, "speakerAnchor");
    Objects.requireNonNull(verb, "verb");
  }
}
