package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story: the articles that report one real-world event or development over time, with what is
 * merged from them.
 *
 * @param id the story's id
 * @param title the headline of its most recent article
 * @param articles its articles, by publication date then arrival (duplicates are carriers of their
 *     original, not articles)
 * @param timeline the merged timeline
 * @param actors the merged key actors, most present first
 * @param briefing the story-level briefing
 * @param quiz the story quiz
 * @param whatChanged what the newest article changed; empty while the story has one article
 * @param first the earliest publication date of its articles, if any has one
 * @param last the latest publication date of its articles, if any has one
 */
public record Story(
    long id,
    String title,
    List<StoryArticle> articles,
    MergedTimeline timeline,
    List<StoryActor> actors,
    StoryBriefing briefing,
    StoryQuiz quiz,
    Optional<WhatChanged> whatChanged,
    Optional<LocalDate> first,
    Optional<LocalDate> last) {

  public Story {
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    Objects.requireNonNull(timeline, "timeline");
    actors = List.copyOf(actors);
    Objects.requireNonNull(briefing, "briefing");
    Objects.requireNonNull(quiz, "quiz");
    Objects.requireNonNull(whatChanged, "whatChanged");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
  }
}
