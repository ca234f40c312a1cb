package org.civicbrief.app.serve;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.DescribeArticle;
import org.civicbrief.core.story.Embed;
import org.civicbrief.core.story.FollowStoryLines;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryModel;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.story.Stories;
import org.civicbrief.store.story.StoryReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns briefed articles to stories as they are briefed, with one story index in memory that is
 * rebuilt from the stored assignments when the server starts. Assignments take turns through the
 * database, with every other server on it and with a batch placing stories: before each one the
 * index catches up with the assignments stored since it last looked, and the assignment is stored
 * before the next writer's turn, so the stored order is the order every index sees and no two
 * servers number a new story alike.
 */
public final class FollowStories {

  private static final Logger LOG = LoggerFactory.getLogger(FollowStories.class);

  private final Store store;
  private final DescribeArticle describe;
  private final int dimensions;
  private final StoryModel events;
  private final StoryModel lines;
  private FollowStoryLines follow;
  // The last arrival the index holds.
  private long seen;

  /**
   * Follows story lines in {@code store}, describing articles with {@code embed}: articles join
   * events by {@code events}, events join lines by {@code lines} ({@link FollowStoryLines}).
   */
  public FollowStories(Store store, Embed embed, StoryModel events, StoryModel lines) {
    this.store = Objects.requireNonNull(store, "store");
    this.describe = new DescribeArticle(embed);
    this.dimensions = embed.dimensions();
    this.events = Objects.requireNonNull(events, "events");
    this.lines = Objects.requireNonNull(lines, "lines");
    restore();
  }

  /** Follows story lines with the default event and line models. */
  public FollowStories(Store store, Embed embed) {
    this(store, embed, StoryModel.eventDefaults(), StoryModel.lineDefaults());
  }

  /** How many story lines the index holds. */
  public synchronized int stories() {
    return follow.lines();
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
    // Described before taking the turn: the embedding is the slow part, the assignment is quick.
    StoryFeatures features =
        describe.describe(String.valueOf(briefing.articleId()), briefing.briefing(), annotated);
    try {
      Stories.Placed placed =
          store.stories().placeInTurn(features, seen, into(follow), () -> follow.assign(features));
      seen = placed.seen();
      placed.assignment().ifPresent(a -> log(briefing.articleId(), a));
      return placed.storyId();
    } catch (RuntimeException e) {
      // The index may hold what the store does not; start again from what is stored.
      restore();
      throw e;
    }
  }

  private static void log(long articleId, Assignment a) {
    LOG.atInfo()
        .addKeyValue("article", articleId)
        .addKeyValue("story", a.storyId())
        .addKeyValue("started", a.started())
        .log("article {} {} story {}", articleId, a.started() ? "started" : "joined", a.storyId());
    for (long from : a.merged()) {
      LOG.atInfo()
          .addKeyValue("story", a.storyId())
          .addKeyValue("merged", from)
          .addKeyValue("article", articleId)
          .log("story {} merged into story {} (article {})", from, a.storyId(), articleId);
    }
  }

  private void restore() {
    FollowStoryLines fresh = new FollowStoryLines(dimensions, events, lines);
    seen = store.stories().replay(into(fresh));
    follow = fresh;
  }

  private static StoryReplay into(FollowStoryLines target) {
    return new StoryReplay() {
      @Override
      public void member(long storyId, StoryFeatures features) {
        target.restore(storyId, storyId, features);
      }

      @Override
      public void member(long storyId, long eventId, StoryFeatures features) {
        target.restore(eventId, storyId, features);
      }

      @Override
      public void merge(long into, long from) {
        // A merge of lines; merges stored before story lines were stories', which were lines too.
        target.restoreMerge(into, from);
      }
    };
  }
}
