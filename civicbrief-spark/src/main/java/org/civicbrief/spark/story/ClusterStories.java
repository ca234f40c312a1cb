package org.civicbrief.spark.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Groups briefed articles into stories with work that grows about linearly with the corpus.
 *
 * <ol>
 *   <li>Term weights: document frequencies over the whole batch give TF-IDF vectors.
 *   <li>Candidates by blocking ({@link BlockingKeys}): only articles that share a key actor within
 *       the time window are compared, each with at most {@link StorySettings#neighbors()} later
 *       articles of a block.
 *   <li>Assignment, the online clusterer's rule applied in publication order: an article joins the
 *       story of its best-scoring earlier candidate when the score reaches the threshold, and
 *       starts a story otherwise. Following those links to their first article names each story;
 *       the links are followed by pointer jumping, so a story of a thousand links takes about ten
 *       rounds.
 * </ol>
 */
public final class ClusterStories {

  private static final Comparator<StoryFeatures> PUBLICATION_ORDER =
      Comparator.comparingLong(StoryFeatures::day).thenComparingLong(StoryFeatures::position);

  private final StorySettings settings;

  /** Clusters with {@code settings}. */
  public ClusterStories(StorySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The story of every article in {@code articles}, in no particular order. */
  public JavaRDD<StoryLink> cluster(JavaRDD<StoryFeatures> articles) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(articles.context());
    Broadcast<float[]> idf = sc.broadcast(inverseDocumentFrequencies(articles));
    JavaRDD<StoryFeatures> weighted =
        articles.map(f -> f.weighted(idf.value())).persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      BlockingKeys keys = new BlockingKeys(settings.windowDays(), settings.blockActors());
      StorySettings s = settings;
      JavaPairRDD<Long, Candidate> best =
          weighted
              .flatMapToPair(f -> keys.keys(f).stream().map(k -> new Tuple2<>(k, f)).iterator())
              .groupByKey()
              .flatMapToPair(block -> compareBlock(block._2(), s).iterator())
              .reduceByKey(Candidate::better);
      JavaPairRDD<Long, StoryLink> links =
          weighted
              .mapToPair(f -> new Tuple2<>(f.position(), f.id()))
              .leftOuterJoin(best)
              .mapToPair(
                  t -> {
                    long position = t._1();
                    String id = t._2()._1();
                    return new Tuple2<>(
                        position,
                        t._2()._2().isPresent()
                            ? link(position, id, t._2()._2().get())
                            : new StoryLink(position, id, position, id, 0, "", 0));
                  });
      return new FollowLinks().toFirstArticles(links);
    } finally {
      weighted.unpersist(false);
    }
  }

  private static StoryLink link(long position, String id, Candidate c) {
    // The story is resolved later; until then it is the article joined.
    return new StoryLink(position, id, c.position(), c.id(), c.position(), c.id(), c.score());
  }

  /** Smoothed IDF, {@code ln((n + 1) / (df + 1)) + 1}, over the {@code n} articles of the batch. */
  static float[] inverseDocumentFrequencies(JavaRDD<StoryFeatures> articles) {
    long documents = articles.count();
    // Sparse: at most one entry per hash bucket reaches the driver, whatever the corpus size.
    Map<Integer, Long> df =
        articles
            .flatMapToPair(
                f -> Arrays.stream(f.terms()).mapToObj(t -> new Tuple2<>(t, 1L)).iterator())
            .reduceByKey(Long::sum)
            .collectAsMap();
    float[] idf = new float[ExtractFeatures.BUCKETS];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = (float) (Math.log((documents + 1.0) / (df.getOrDefault(i, 0L) + 1.0)) + 1);
    }
    return idf;
  }

  /** The candidate pairs of one block: each article's best earlier neighbours above threshold. */
  static List<Tuple2<Long, Candidate>> compareBlock(
      Iterable<StoryFeatures> block, StorySettings settings) {
    List<StoryFeatures> members = new ArrayList<>();
    block.forEach(members::add);
    members.sort(PUBLICATION_ORDER);
    StorySimilarity similarity = settings.similarity();
    List<Tuple2<Long, Candidate>> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      StoryFeatures earlier = members.get(i);
      int last = Math.min(members.size() - 1, i + settings.neighbors());
      for (int j = i + 1; j <= last; j++) {
        StoryFeatures later = members.get(j);
        if (earlier.dated() && later.day() - earlier.day() > settings.windowDays()) {
          break;
        }
        double score = similarity.score(earlier, later);
        if (score >= similarity.threshold()) {
          out.add(
              new Tuple2<>(
                  later.position(), new Candidate(earlier.position(), earlier.id(), score)));
        }
      }
    }
    return out;
  }
}
