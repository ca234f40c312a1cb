package org.civicbrief.app.serve;

import java.util.Objects;
import java.util.function.Predicate;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.store.Store;
import org.civicbrief.store.article.StoredArticle;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.briefing.StoredBriefing;
import org.civicbrief.store.job.Job;
import org.civicbrief.store.job.JobHandler;

/**
 * The job that briefs a stored article: runs the pipeline on it, saves the briefing and its quiz as
 * a draft for editors to review, and assigns the article to a story from the annotations the
 * briefing was made from. Articles the application vouches for (the demo) are approved and
 * published by the job itself, so that a crash between briefing and publishing cannot leave them
 * unpublished. A failed assignment fails the job, which is retried; briefing again is idempotent.
 */
public final class BriefJob implements JobHandler {

  private static final Principal WORKER = Principal.system("worker");

  private final Store store;
  private final BriefRecord pipeline;
  private final Predicate<StoredArticle> publishAtOnce;
  private final FollowStories stories;

  /**
   * Briefs with {@code pipeline}, publishes what {@code publishAtOnce} accepts and follows stories
   * with {@code stories}.
   */
  public BriefJob(
      Store store,
      BriefRecord pipeline,
      Predicate<StoredArticle> publishAtOnce,
      FollowStories stories) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.publishAtOnce = Objects.requireNonNull(publishAtOnce, "publishAtOnce");
    this.stories = Objects.requireNonNull(stories, "stories");
  }

  @Override
  public Outcome<String> handle(Job job) {
    if (!job.kind().equals(Job.BRIEF)) {
      return Outcome.failed("this server does not run " + job.kind() + " jobs");
    }
    var found = store.articles().find(job.articleId());
    if (found.isEmpty()) {
      return Outcome.failed("article " + job.articleId() + " is gone");
    }
    StoredArticle article = found.get();
    Timed briefed = pipeline.brief(article.article());
    // Saving is idempotent per article and pipeline version: a job that runs twice saves once.
    StoredBriefing saved = store.briefings().save(article.id(), briefed.briefing(), WORKER);
    if (publishAtOnce.test(article)) {
      publish(saved);
    }
    long story = stories.follow(saved, briefed.annotated());
    return Outcome.ok("briefing " + saved.id() + ", story " + story);
  }

  private void publish(StoredBriefing saved) {
    Principal demo = Principal.system("demo");
    ReviewState state = saved.state();
    if (state == ReviewState.DRAFT) {
      state =
          store
              .briefings()
              .review(saved.id(), ReviewState.APPROVED, "demo article", demo)
              .value()
              .state();
    }
    if (state == ReviewState.APPROVED) {
      store.briefings().review(saved.id(), ReviewState.PUBLISHED, "demo article", demo);
    }
  }
}
