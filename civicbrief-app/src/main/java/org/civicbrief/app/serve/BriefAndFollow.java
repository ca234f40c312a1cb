package org.civicbrief.app.serve;

import java.util.Objects;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.job.Job;
import org.civicbrief.store.job.JobHandler;

/**
 * The briefing job followed by story assignment: once an article is briefed, it joins a story. A
 * failed assignment fails the job, which is retried; briefing again is idempotent.
 */
public final class BriefAndFollow implements JobHandler {

  private final Store store;
  private final JobHandler brief;
  private final FollowStories stories;

  /** Runs {@code brief}, then assigns the briefed article with {@code stories}. */
  public BriefAndFollow(Store store, JobHandler brief, FollowStories stories) {
    this.store = Objects.requireNonNull(store, "store");
    this.brief = Objects.requireNonNull(brief, "brief");
    this.stories = Objects.requireNonNull(stories, "stories");
  }

  @Override
  public Outcome<String> handle(Job job) throws Exception {
    Outcome<String> briefed = brief.handle(job);
    if (!briefed.isOk()) {
      return briefed;
    }
    var saved = store.briefings().latestFor(job.articleId());
    if (saved.isEmpty()) {
      return briefed;
    }
    long story = stories.follow(saved.get());
    return Outcome.ok(briefed.value() + ", story " + story);
  }
}
