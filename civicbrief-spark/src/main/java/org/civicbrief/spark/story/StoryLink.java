package org.civicbrief.spark.story;

import java.io.Serializable;
import java.util.Objects;

/**
 * The story one article was assigned to.
 *
 * @param position the article's input position
 * @param id the article's record id
 * @param storyPosition the position of the story's first article
 * @param storyId the id of the story's first article, which names the story
 * @param linkedToPosition the position of the earlier article this one joined, or 0 when it starts
 *     its story
 * @param linkedToId that article's id, or the empty string
 * @param score the online model's score against the story of that article in the block where they
 *     met, or 0
 */
public record StoryLink(
    long position,
    String id,
    long storyPosition,
    String storyId,
    long linkedToPosition,
    String linkedToId,
    double score)
    implements Serializable {

  public StoryLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(linkedToId, "linkedToId");
  }

  /** True for the first article of a story. */
  public boolean startsStory() {
    return linkedToPosition == 0;
  }

  /** This link with the story set to the one starting at {@code position}, named {@code id}. */
  StoryLink withStory(long position, String id) {
    return new StoryLink(this.position, this.id, position, id, linkedToPosition, linkedToId, score);
  }
}
