package org.civicbrief.web.briefing;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement a reader sees, with the link to the sentence of the article it rests on.
 *
 * @param text the statement
 * @param href the article view with the evidence highlighted
 * @param credit who the article credits for it ("according to the county clerk"), or the publisher,
 *     when the page shows a credit
 * @param hedged true when the source hedges it
 */
public record Linked(String text, String href, Optional<String> credit, boolean hedged) {

  public Linked {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(credit, "credit");
  }

  /** A statement without credit or hedge. */
  public static Linked of(String text, String href) {
    return new Linked(text, href, Optional.empty(), false);
  }
}
