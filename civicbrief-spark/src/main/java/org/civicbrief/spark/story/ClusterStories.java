package org.civicbrief.spark.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.civicbrief.core.story.DocumentFrequencies;
import scala.Tuple2;

/**
 * Groups briefed articles into stories by the online clusterer's rule, with work that grows about
 * linearly with the corpus.
 *
 * <ol>
 *   <li>Word statistics: the document frequency of every word, name, number and surname over the
 *       whole batch, broadcast to the executors (only those used by two articles or more).
 *   <li>Candidates by blocking ({@link BlockingKeys}): only articles that share a key actor within
 *       the time window meet.
 *   <li>Assignment ({@link AssignBlock}): the core {@code AssignStory} runs over each block in
 *       publication order; an article that joins a story links to the story's first article.
 *   <li>Each article keeps its best link over all its blocks (highest score, then the lower
 *       position); following the links to their first article names each story. The links are
 *       followed by pointer jumping, so a story of a thousand links takes about ten rounds.
 * </ol>
 *
 * <p>The result depends only on the articles, not on how they are partitioned or in which order
 * they were read. How it differs from arrival-order clustering is in {@code docs/SCALING.md}.
 */
public final class ClusterStories {

  private static final String TERM = "t";
  private static final String NAME = "n";
  private static final String NUMBER = "#";
  private static final String PERSON = "p";
  private static final String PLACE = "l";

  private final StorySettings settings;

  /** Clusters with {@code settings}. */
  public ClusterStories(StorySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The story of every article in {@code articles}, in no particular order: its story line when the
   * settings ask for lines ({@link FollowLinesInOrder}), else its one-level story.
   */
  public JavaRDD<StoryLink> cluster(JavaRDD<DescribedArticle> articles) {
    if (settings.lines()) {
      return FollowLinesInOrder.defaults().follow(articles);
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(articles.context());
    long count = articles.count();
    if (count == 0) {
      return sc.emptyRDD();
    }
    Broadcast<DocumentFrequencies> frequencies = sc.broadcast(frequencies(articles, count));
    BlockingKeys keys = new BlockingKeys(settings.windowDays(), settings.blockActors());
    StorySettings s = settings;
    JavaPairRDD<Long, Candidate> best =
        articles
            .flatMapToPair(f -> keys.keys(f).stream().map(k -> new Tuple2<>(k, f)).iterator())
            .groupByKey()
            .flatMapToPair(
                block -> new AssignBlock(s, frequencies.value()).links(block._2()).iterator())
            .reduceByKey(Candidate::better);
    JavaPairRDD<Long, StoryLink> links =
        articles
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
  }

  private static StoryLink link(long position, String id, Candidate c) {
    // The story is resolved later; until then it is the article joined.
    return new StoryLink(position, id, c.position(), c.id(), c.position(), c.id(), c.score());
  }

  /**
   * How many of the {@code count} articles use each word, name, number and surname. A word used by
   * one article is left out (it counts as one), which keeps the broadcast to the words that can be
   * shared.
   */
  static DocumentFrequencies frequencies(JavaRDD<DescribedArticle> articles, long count) {
    Map<Tuple2<String, String>, Long> df =
        articles
            .flatMapToPair(
                a ->
                    Stream.of(
                            words(TERM, a.terms()),
                            words(NAME, a.names()),
                            words(NUMBER, a.numbers()),
                            words(PERSON, a.persons()),
                            words(PLACE, a.places()))
                        .flatMap(s -> s)
                        .map(k -> new Tuple2<>(k, 1L))
                        .iterator())
            .reduceByKey(Long::sum)
            .filter(t -> t._2() > 1)
            .collectAsMap();
    Map<String, Map<String, Integer>> byKind = new HashMap<>();
    for (String kind : new String[] {TERM, NAME, NUMBER, PERSON, PLACE}) {
      byKind.put(kind, new HashMap<>());
    }
    df.forEach((k, n) -> byKind.get(k._1()).put(k._2(), Math.toIntExact(n)));
    return new DocumentFrequencies(
        count,
        byKind.get(TERM),
        byKind.get(NAME),
        byKind.get(NUMBER),
        byKind.get(PERSON),
        byKind.get(PLACE));
  }

  private static Stream<Tuple2<String, String>> words(String kind, Map<String, Float> m) {
    return m.keySet().stream().map(w -> new Tuple2<>(kind, w));
  }
}
