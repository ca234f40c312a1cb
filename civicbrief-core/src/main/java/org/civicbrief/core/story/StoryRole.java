package org.civicbrief.core.story;

import java.util.Objects;

/**
 * An actor's role as the newest article that states one words it.
 *
 * @param text the role ("Secretary of State")
 * @param evidence where it is stated
 */
public record StoryRole(String text, StoryEvidence evidence) {

  public StoryRole {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }
}
