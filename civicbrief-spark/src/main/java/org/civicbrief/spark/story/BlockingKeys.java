package org.civicbrief.spark.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks an article goes into: one per key actor and time bucket. Buckets are {@code window}
 * days wide and an article goes into its own bucket and the next, so two articles that share an
 * actor and lie at most a window apart always meet in some block. Undated articles meet only other
 * undated ones. The work is then the sum of the squared block sizes instead of the square of the
 * corpus, and {@link StorySettings#neighbors()} bounds even that (see {@link AssignBlock}).
 *
 * @param windowDays the bucket width
 * @param actors how many of an article's actors make keys
 */
record BlockingKeys(int windowDays, int actors) implements Serializable {

  /** The keys of {@code f}. */
  List<String> keys(DescribedArticle f) {
    List<String> keys = new ArrayList<>();
    for (String actor : f.actors().subList(0, Math.min(actors, f.actors().size()))) {
      if (f.dated()) {
        long bucket = Math.floorDiv(f.day(), windowDays);
        keys.add(actor + "|" + bucket);
        keys.add(actor + "|" + (bucket + 1));
      } else {
        keys.add(actor + "|undated");
      }
    }
    return keys;
  }
}
