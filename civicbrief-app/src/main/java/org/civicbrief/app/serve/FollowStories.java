package org.civicbrief.app.serve;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.story.AssignStory;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.DescribeArticle;
import org.civicbrief.core.story.Embed;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryIndex;
import org.civicbrief.core.story.StoryModel;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.story.StoryReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns briefed articles to stories as they are briefed, with one story index in memory that is
 * rebuilt from the stored assignments when the server starts. Assignments take turns: the index has
 * one writer, and an article's assignment is stored before the next is made, so the stored order is
 * the order the index saw.
 */
public final class FollowStories {

  private static final Logger LOG = LoggerFactory.getLogger(FollowStories.class);

  private final Store store;
  private final DescribeArticle describe;
  private final AssignStory assign;
  private final int dimensions;
  private final StoryModel model;
  private StoryIndex index;

  /** Follows stories in {@code store}, describing articles with {@code embed}. */
  public FollowStories(Store store, Embed embed, StoryModel model) {
    this.store = Objects.requireNonNull(store, "store");
    this.describe = new DescribeArticle(embed);
    this.assign = new AssignStory(model);
    this.dimensions = embed.dimensions();
    this.model = model;
    this.index = restore();
  }

  /** How many stories the index holds. */
  public synchronized int stories() {
    return index.size();
  }

  /**
   * Assigns the article of {@code briefing}, annotated as {@code annotated}, to a story unless it
   * already has one; returns the story it is in.
   */
  public synchronized long follow(StoredBriefing briefing, AnnotatedArticle annotated) {
    Optional<Long> known = store.stories().storyOf(briefing.articleId());
    if (known.isPresent()) {
      return known.get();
    }
    StoryFeatures features =
        describe.describe(String.valueOf(briefing.articleId()), briefing.briefing(), annotated);
    Assignment a = assign.assign(features, index);
    try {
      store.stories().record(a, features);
    } catch (RuntimeException e) {
      // The index counted an article the store does not have; start again from what is stored.
      index = restore();
      throw e;
    }
    LOG.atInfo()
        .addKeyValue("article", briefing.articleId())
        .addKeyValue("story", a.storyId())
        .addKeyValue("started", a.started())
        .log(
            "article {} {} story {}",
            briefing.articleId(),
            a.started() ? "started" : "joined",
            a.storyId());
    for (long from : a.merged()) {
      LOG.atInfo()
          .addKeyValue("story", a.storyId())
          .addKeyValue("merged", from)
          .addKeyValue("article", briefing.articleId())
          .log(
              "story {} merged into story {} (article {})",
              from,
              a.storyId(),
              briefing.articleId());
    }
    return a.storyId();
  }

  private StoryIndex restore() {
    StoryIndex fresh = new StoryIndex(dimensions, model);
    store
        .stories()
        .replay(
            new StoryReplay() {
              @Override
              public void member(long storyId, StoryFeatures features) {
                fresh.restore(storyId, features);
              }

              @Override
              public void merge(long into, long from) {
                fresh.restoreMerge(into, from);
              }
            });
    return fresh;
  }
}
