package org.civicbrief.spark.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.civicbrief.core.pipeline.KeepBriefings;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.spark.story.DescribedArticle;
import org.civicbrief.spark.story.StoryLink;
import org.civicbrief.store.BatchStore;
import scala.Tuple2;

/**
 * Places the stored articles in the database's stories as the job clustered them, through the store
 * ({@link KeepBriefings#placeInStory}), so that {@code civicbrief serve} shows the batch's stories
 * and goes on assigning new articles to them. Placing takes turns: the driver writes one story
 * after another, reading the members a partition at a time, as the store's story index has one
 * writer.
 */
public final class PlaceStories implements Serializable {

  private final StoreTarget target;

  /** Places stories in {@code target}. */
  public PlaceStories(StoreTarget target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * Places every stored article that has a story link.
   *
   * @param links each article's story, by input position
   * @param stored what storing each briefing did
   * @param described each briefed article's story features, by input position
   * @return how many stored articles were sent to the database's stories (those a story already
   *     held stay where they are and count too)
   */
  public long place(
      JavaRDD<StoryLink> links,
      JavaRDD<StoreResult> stored,
      JavaPairRDD<Long, DescribedArticle> described) {
    JavaPairRDD<Long, Long> storyOf =
        links.mapToPair(l -> new Tuple2<>(l.position(), l.storyPosition()));
    JavaPairRDD<Long, Long> articleOf =
        stored
            .filter(r -> r.status() != StoreResult.Status.FAILED)
            .mapToPair(r -> new Tuple2<>(r.position(), r.articleId()));
    JavaPairRDD<Member, DescribedArticle> members =
        storyOf
            .join(articleOf)
            .join(described)
            .mapToPair(
                t -> {
                  DescribedArticle d = t._2()._2();
                  return new Tuple2<>(
                      new Member(t._2()._1()._1(), d.day(), d.position(), t._2()._1()._2()), d);
                })
            .sortByKey(Member.ORDER, true);
    return placeInOrder(members.toLocalIterator());
  }

  private long placeInOrder(Iterator<Tuple2<Member, DescribedArticle>> ordered) {
    long placed = 0;
    try (KeepBriefings store = BatchStore.open(target.config())) {
      List<StoryFeatures> story = new ArrayList<>();
      long current = Long.MIN_VALUE;
      while (ordered.hasNext()) {
        Tuple2<Member, DescribedArticle> next = ordered.next();
        Member m = next._1();
        if (m.story() != current && !story.isEmpty()) {
          store.placeInStory(story);
          placed += story.size();
          story = new ArrayList<>();
        }
        current = m.story();
        story.add(next._2().features(String.valueOf(m.articleId())));
      }
      if (!story.isEmpty()) {
        store.placeInStory(story);
        placed += story.size();
      }
    }
    return placed;
  }

  /**
   * One stored article in its story, ordered by story, then date, then input position.
   *
   * @param story the position of the story's first article
   * @param day the article's epoch day, or {@link DescribedArticle#UNDATED}
   * @param position the article's input position
   * @param articleId the stored article's id
   */
  record Member(long story, long day, long position, long articleId) implements Serializable {

    static final Comparator<Member> ORDER = new ByStoryDatePosition();
  }

  private static final class ByStoryDatePosition implements Comparator<Member>, Serializable {
    @Override
    public int compare(Member a, Member b) {
      int c = Long.compare(a.story(), b.story());
      if (c == 0) {
        c = Long.compare(a.day(), b.day());
      }
      return c != 0 ? c : Long.compare(a.position(), b.position());
    }
  }
}
