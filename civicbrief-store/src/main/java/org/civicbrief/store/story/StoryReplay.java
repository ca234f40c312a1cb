package org.civicbrief.store.story;

import org.civicbrief.core.story.StoryFeatures;

/** Receives the stored assignments and merges in the order they happened, to rebuild an index. */
public interface StoryReplay {

  /** Article {@code features.articleId()} joined (or started) story {@code storyId}. */
  void member(long storyId, StoryFeatures features);

  /**
   * Article {@code features.articleId()} joined story line {@code storyId} in event {@code eventId}
   * (the story itself for articles stored without an event, before story lines). Replays call this
   * one; by default it forgets the event.
   */
  default void member(long storyId, long eventId, StoryFeatures features) {
    member(storyId, features);
  }

  /** Story {@code from} was merged into story {@code into}. */
  void merge(long into, long from);
}
