package org.civicbrief.spark.story;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Resolves every article's story to the article that started it. Each article points at a story
 * article, at first the one it joined; every round replaces that with the story article's own story
 * (pointer jumping), which halves the remaining distance, until nothing changes.
 */
final class FollowLinks {

  /** {@code links} (keyed by position) with every story resolved to its first article. */
  JavaRDD<StoryLink> toFirstArticles(JavaPairRDD<Long, StoryLink> links) {
    JavaPairRDD<Long, StoryLink> current = links.persist(StorageLevel.MEMORY_AND_DISK_SER());
    while (true) {
      JavaPairRDD<Long, Tuple2<Long, String>> stories =
          current.mapValues(l -> new Tuple2<>(l.storyPosition(), l.storyId()));
      JavaRDD<Tuple2<StoryLink, Tuple2<Long, String>>> step =
          current
              .mapToPair(t -> new Tuple2<>(t._2().storyPosition(), t._2()))
              .join(stories)
              .values()
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      long changed = step.filter(t -> t._2()._1() != t._1().storyPosition()).count();
      if (changed == 0) {
        step.unpersist(false);
        return current.values();
      }
      JavaPairRDD<Long, StoryLink> next =
          step.mapToPair(
                  t -> new Tuple2<>(t._1().position(), t._1().withStory(t._2()._1(), t._2()._2())))
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      next.count();
      step.unpersist(false);
      current.unpersist(false);
      current = next;
    }
  }
}
