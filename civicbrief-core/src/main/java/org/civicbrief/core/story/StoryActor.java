package org.civicbrief.core.story;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.briefing.ActorKind;

/**
 * A key actor of a story, merged across its articles.
 *
 * @param name the fullest name any article gives
 * @param kind person or organization
 * @param role the role the newest article states, if any does
 * @param aliases other names the articles use
 * @param articles how many of the story's articles name the actor
 * @param mentions how often they refer to the actor, all together
 * @param evidence the naming mention in each article that names the actor, first article first
 */
public record StoryActor(
    String name,
    ActorKind kind,
    Optional<StoryRole> role,
    List<String> aliases,
    int articles,
    int mentions,
    List<StoryEvidence> evidence) {

  public StoryActor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    aliases = List.copyOf(aliases);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("actor " + name + " needs evidence");
    }
  }
}
