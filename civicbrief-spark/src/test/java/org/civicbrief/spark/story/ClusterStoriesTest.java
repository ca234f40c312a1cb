package org.civicbrief.spark.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.civicbrief.spark.cli.SharedSpark;
import org.junit.jupiter.api.Test;

/** The batch clustering's mechanics on articles described by hand. */
class ClusterStoriesTest {

  private long next = 1;

  /**
   * An article about {@code actor} on {@code day}: the same embedding as every other article, the
   * actor as its person and name, and one word of its own, so the online model joins articles about
   * one actor when it compares them; blocking alone keeps the actors apart.
   */
  private DescribedArticle article(String id, long day, String actor) {
    return new DescribedArticle(
        next++,
        id,
        day,
        List.of(actor),
        new float[] {1, 0},
        Map.of("levy", 1f, "word" + id, 1f),
        Map.of(actor, 2f),
        Map.of(),
        Map.of(actor, 3f),
        Map.of());
  }

  private static Map<String, StoryLink> cluster(StorySettings s, List<DescribedArticle> articles) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    return new ClusterStories(s)
        .cluster(sc.parallelize(articles, 3)).collect().stream()
            .collect(Collectors.toMap(StoryLink::id, l -> l));
  }

  @Test
  void aStoryChainsThroughArticlesEachWithinTheWindowOfThePrevious() {
    Map<String, StoryLink> s =
        cluster(
            StorySettings.defaults(),
            List.of(
                article("a", 0, "whitfield"),
                article("b", 2, "whitfield"),
                article("c", 4, "whitfield"),
                article("d", 6, "whitfield"),
                article("other", 1, "okafor")));
    assertThat(s.get("d").storyId()).isEqualTo("a");
    assertThat(s.get("c").storyId()).isEqualTo("a");
    assertThat(s.get("a").startsStory()).isTrue();
    assertThat(s.get("other").storyId()).isEqualTo("other");
  }

  @Test
  void aLongStoryInOneBigBlockResolvesToItsFirstArticle() {
    List<DescribedArticle> daily = new ArrayList<>();
    for (int day = 0; day < 40; day++) {
      daily.add(article("day" + day, day, "ortega"));
    }
    // One block of forty articles, assigned in windows of ten.
    Map<String, StoryLink> s =
        cluster(
            new StorySettings(40, 1, 5, StorySettings.defaults().joinThreshold(), false), daily);
    assertThat(s.values()).allSatisfy(l -> assertThat(l.storyId()).isEqualTo("day0"));
  }

  @Test
  void undatedArticlesFormStoriesOnlyWithEachOther() {
    Map<String, StoryLink> s =
        cluster(
            StorySettings.defaults(),
            List.of(
                article("u1", DescribedArticle.UNDATED, "delacroix"),
                article("dated", 3, "delacroix"),
                article("u2", DescribedArticle.UNDATED, "delacroix"),
                // Without a date the model needs a shared name that is not in every article.
                article("elsewhere", DescribedArticle.UNDATED, "okafor")));
    assertThat(s.get("u2").storyId()).isEqualTo("u1");
    assertThat(s.get("dated").storyId()).isEqualTo("dated");
  }

  @Test
  void inABigBlockEachArticleMeetsItsNeighboursNotTheWholeBlock() {
    List<DescribedArticle> block = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      block.add(article("n" + i, i, "x"));
    }
    List<DescribedArticle> all = block;
    var links =
        new AssignBlock(
                new StorySettings(3, 1, 2, StorySettings.defaults().joinThreshold(), false),
                ClusterStories.frequencies(
                    JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext())
                        .parallelize(all, 1),
                    all.size()))
            .links(block);
    Map<Long, Set<Long>> joined = new HashMap<>();
    links.forEach(t -> joined.computeIfAbsent(t._1(), k -> new HashSet<>()).add(t._2().position()));
    // Windows of four articles start every two: n5 is assigned with n2..n5 only.
    assertThat(joined.get(6L)).containsExactly(3L);
    assertThat(joined.get(4L)).containsExactlyInAnyOrder(1L, 3L);
  }
}
