package org.civicbrief.core.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or organization central to the story.
 *
 * @param id stable identifier within the briefing ({@code a1}, {@code a2}, ...)
 * @param name full canonical name
 * @param kind person or organization
 * @param role the role as the article states it, if it does
 * @param mentions how often the article refers to the actor (names, aliases and resolved pronouns)
 * @param quoteIds ids of the quotes the actor speaks
 * @param stance one line drawn from what the actor said or did in the article
 * @param evidence the mention that gives the canonical name
 * @param aliases other names the article uses ("AMLO", "López Obrador")
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    Optional<Role> role,
    int mentions,
    List<String> quoteIds,
    Optional<BriefItem> stance,
    Evidence evidence,
    List<String> aliases) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(evidence, "evidence");
    quoteIds = List.copyOf(quoteIds);
    aliases = List.copyOf(aliases);
  }

  /** How often the article names the actor, and by what other names, as a reader is told. */
  public String mentionLine() {
    String count = mentions == 1 ? "Mentioned once" : "Mentioned " + mentions + " times";
    return aliases.isEmpty() ? count : count + ", also as " + String.join(", ", aliases);
  }
}
