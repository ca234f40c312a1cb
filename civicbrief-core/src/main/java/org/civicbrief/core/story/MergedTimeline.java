package org.civicbrief.core.story;

import java.util.List;

/**
 * The timeline of a story: the dated events of all its articles, each event once, in date order.
 *
 * @param events the events, earliest first
 */
public record MergedTimeline(List<StoryEvent> events) {

  public MergedTimeline {
    events = List.copyOf(events);
  }

  /** A timeline with no events. */
  public static MergedTimeline empty() {
    return new MergedTimeline(List.of());
  }
}
