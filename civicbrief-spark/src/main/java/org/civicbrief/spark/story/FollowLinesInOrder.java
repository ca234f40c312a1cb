package org.civicbrief.spark.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.civicbrief.core.story.FollowStoryLines;
import org.civicbrief.core.story.StoryModel;

/**
 * Story lines in two levels (events, then the lines they form), as {@code civicbrief serve} follows
 * them, for a whole batch. The articles are sorted by publication date (undated ones last, each day
 * in input order) across the cluster and streamed to the driver a partition at a time, which feeds
 * them to the core {@link FollowStoryLines} in that order. So the lines are, by construction, those
 * of the online follower fed the same articles in publication order (same index, same document
 * frequencies counted as it goes, same models).
 *
 * <p>Why the driver and not blocks: a line is a chain of events over months, each placement depends
 * on every earlier one, and a line step over blocks of shared actors within days (the one-level
 * step of {@link ClusterStories}) can neither see an event months back nor give the online answer.
 * The cost is sequential: one placement per article on one core (the online follower's, a few
 * milliseconds at a million lines, docs/BENCHMARKS.md), and the driver holds the follower's index,
 * as a server does.
 */
public final class FollowLinesInOrder {

  /** Dated articles by day, undated ones after them, then by input position. */
  static final Comparator<DescribedArticle> ORDER =
      Comparator.comparing((DescribedArticle a) -> !a.dated())
          .thenComparingLong(DescribedArticle::day)
          .thenComparingLong(DescribedArticle::position);

  private final StoryModel eventModel;
  private final StoryModel lineModel;

  /** Lines over events of {@code eventModel}, joined by {@code lineModel}. */
  public FollowLinesInOrder(StoryModel eventModel, StoryModel lineModel) {
    this.eventModel = eventModel;
    this.lineModel = lineModel;
  }

  /** With the online follower's models. */
  public static FollowLinesInOrder defaults() {
    return new FollowLinesInOrder(StoryModel.eventDefaults(), StoryModel.lineDefaults());
  }

  /**
   * The story line of every article in {@code articles}: each link names the line's first article;
   * an article that joins a line links to it, with its score when it started an event of the line
   * (0 when it came with its event).
   */
  public JavaRDD<StoryLink> follow(JavaRDD<DescribedArticle> articles) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(articles.context());
    // Sorted by the three keys of ORDER; positions are unique, so the order is total.
    JavaRDD<DescribedArticle> sorted =
        articles.sortBy(
            a -> new OrderKey(a.dated() ? 0 : 1, a.day(), a.position()),
            true,
            Math.max(1, articles.getNumPartitions()));
    List<StoryLink> links = follow(sorted.toLocalIterator());
    return sc.parallelize(links, Math.max(1, articles.getNumPartitions()));
  }

  /** The lines of {@code articles}, which come in {@link #ORDER}. */
  List<StoryLink> follow(Iterator<DescribedArticle> articles) {
    FollowStoryLines follow = null;
    List<DescribedArticle> placed = new ArrayList<>();
    List<Long> lineOf = new ArrayList<>();
    List<Double> scoreOf = new ArrayList<>();
    while (articles.hasNext()) {
      DescribedArticle a = articles.next();
      if (follow == null) {
        follow = new FollowStoryLines(a.embedding().length, eventModel, lineModel);
      }
      FollowStoryLines.Placement p = follow.assign(a.features());
      placed.add(a);
      lineOf.add(p.lineId());
      scoreOf.add(p.startedLine() ? 0 : p.event().started() ? p.lineScore() : p.event().score());
    }
    // Lines merge as later articles link them: each article is labelled by the line it ends in,
    // and links to that line's first article.
    Map<Long, DescribedArticle> firstOfLine = new HashMap<>();
    List<StoryLink> out = new ArrayList<>();
    for (int i = 0; i < placed.size(); i++) {
      DescribedArticle a = placed.get(i);
      DescribedArticle first = firstOfLine.putIfAbsent(follow.lineOf(lineOf.get(i)), a);
      if (first == null) {
        out.add(new StoryLink(a.position(), a.id(), a.position(), a.id(), 0, "", 0));
      } else {
        out.add(
            new StoryLink(
                a.position(),
                a.id(),
                first.position(),
                first.id(),
                first.position(),
                first.id(),
                scoreOf.get(i)));
      }
    }
    return out;
  }

  /** The sort key of {@link #ORDER}, serializable and comparable for Spark's sort. */
  record OrderKey(int undated, long day, long position)
      implements Comparable<OrderKey>, java.io.Serializable {
    @Override
    public int compareTo(OrderKey o) {
      int c = Integer.compare(undated, o.undated);
      if (c == 0) {
        c = Long.compare(day, o.day);
      }
      return c == 0 ? Long.compare(position, o.position) : c;
    }
  }
}
