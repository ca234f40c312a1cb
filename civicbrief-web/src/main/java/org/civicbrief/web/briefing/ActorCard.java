package org.civicbrief.web.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key actor as the page shows it.
 *
 * @param anchor the fragment id of the card
 * @param name the canonical name
 * @param href the article view at the mention that gives the name
 * @param kind "Person" or "Organization"
 * @param role the role as the article states it
 * @param stance what the actor said or did, in one line
 * @param mentions how often the article names the actor, and the other names it uses
 * @param quotes what the actor said
 * @param searchHref a search for other briefings with this actor
 */
public record ActorCard(
    String anchor,
    String name,
    String href,
    String kind,
    Optional<Linked> role,
    Optional<Linked> stance,
    String mentions,
    List<Linked> quotes,
    String searchHref) {

  public ActorCard {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(mentions, "mentions");
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(searchHref, "searchHref");
  }
}
