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
import org.civicbrief.core.story.AssignStory;
import org.civicbrief.core.story.DocumentFrequencies;
import org.civicbrief.core.story.FollowStoryLines;
import org.civicbrief.core.story.StoryIndex;
import org.civicbrief.core.story.StoryModel;
import org.civicbrief.spark.TestArticles;
import org.civicbrief.spark.cli.SharedSpark;
import org.civicbrief.spark.job.TestPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The batch clustering on articles written for the project, briefed by the real pipeline and
 * embedded by BGE-small, against the online clusterer fed the same articles in publication order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoriesOfTestArticlesTest {

  private final List<DescribedArticle> articles = new ArrayList<>();
  private final StorySettings settings = StorySettings.defaults();

  @BeforeAll
  void describe() {
    ExtractFeatures extract = new ExtractFeatures(ExecutorEmbed.get());
    // Input order is not publication order: the lawsuit comes first.
    String[][] records = {
      {"levy-lawsuit", "2025-04-04"},
      {"drought-order", "2025-06-12"},
      {"levy-vote", "2025-04-01"},
      {"school-budget", "2025-04-03"},
      {"insurance-hearing", "2025-04-02"},
      {"drought-rules", "2025-06-10"},
    };
    long position = 1;
    for (String[] r : records) {
      String id = r[0];
      articles.add(
          extract.extract(position++, id, TestPipeline.brief(TestArticles.record(id, id, r[1]))));
    }
  }

  private Map<String, StoryLink> cluster(int partitions) {
    return cluster(settings, partitions);
  }

  private Map<String, StoryLink> cluster(StorySettings settings, int partitions) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    return new ClusterStories(settings)
        .cluster(sc.parallelize(articles, partitions)).collect().stream()
            .collect(Collectors.toMap(StoryLink::id, l -> l));
  }

  private DescribedArticle article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void twoReportsOfOneEventShareAStoryAndTheSameMayorAtAnotherEventDoesNot() {
    Map<String, StoryLink> s = cluster(3);
    assertThat(s.get("levy-lawsuit").storyId()).isEqualTo("levy-vote");
    assertThat(s.get("drought-order").storyId()).isEqualTo("drought-rules");
    assertThat(s.get("insurance-hearing").storyId()).isEqualTo("insurance-hearing");
    assertThat(s.get("school-budget").storyId()).isEqualTo("school-budget");
    // The insurance hearing met the levy vote in a block (same mayor, a day apart): the online
    // model, not blocking, kept it out.
    BlockingKeys keys = new BlockingKeys(settings.windowDays(), settings.blockActors());
    Set<String> shared = new HashSet<>(keys.keys(article("insurance-hearing")));
    shared.retainAll(keys.keys(article("levy-vote")));
    assertThat(shared).isNotEmpty();
  }

  @Test
  void theStoriesAreThoseOfTheOnlineClustererFedInPublicationOrderWithTheBatchFrequencies() {
    List<DescribedArticle> byDate = new ArrayList<>(articles);
    byDate.sort(AssignBlock.PUBLICATION_ORDER);
    StoryIndex index =
        new StoryIndex(byDate.getFirst().embedding().length, settings.model(), frequencies(byDate));
    AssignStory assign = new AssignStory(settings.model());
    Map<Long, String> firstOfStory = new HashMap<>();
    Map<String, String> online = new HashMap<>();
    for (DescribedArticle a : byDate) {
      long story = assign.assign(a.features(), index).storyId();
      firstOfStory.putIfAbsent(story, a.id());
      online.put(a.id(), firstOfStory.get(story));
    }
    Map<String, String> batch = new HashMap<>();
    cluster(3).forEach((id, link) -> batch.put(id, link.storyId()));
    assertThat(batch).isEqualTo(online);
  }

  @Test
  void theStoriesAreTheSameWithOneAndThreePartitions() {
    assertThat(cluster(1)).isEqualTo(cluster(3));
  }

  @Test
  void theStoryLinesAreThoseTheOnlineFollowerGivesInPublicationOrderHoweverPartitioned() {
    List<DescribedArticle> byDate = new ArrayList<>(articles);
    byDate.sort(FollowLinesInOrder.ORDER);
    FollowStoryLines follow =
        new FollowStoryLines(
            byDate.getFirst().embedding().length,
            StoryModel.eventDefaults(),
            StoryModel.lineDefaults());
    List<Long> placed = new ArrayList<>();
    for (DescribedArticle a : byDate) {
      placed.add(follow.assign(a.features()).lineId());
    }
    // Each article in the line it ends in, after any merge of lines.
    Map<Long, String> firstOfLine = new HashMap<>();
    Map<String, String> online = new HashMap<>();
    for (int i = 0; i < byDate.size(); i++) {
      long line = follow.lineOf(placed.get(i));
      firstOfLine.putIfAbsent(line, byDate.get(i).id());
      online.put(byDate.get(i).id(), firstOfLine.get(line));
    }
    StorySettings lines = settings.withLines(true);
    Map<String, String> batch = new HashMap<>();
    cluster(lines, 3).forEach((id, link) -> batch.put(id, link.storyId()));
    assertThat(batch).isEqualTo(online);
    // The levy's vote and lawsuit are one line, the drought's order and rules another.
    assertThat(batch.get("levy-lawsuit")).isEqualTo(batch.get("levy-vote"));
    assertThat(batch.get("drought-order")).isEqualTo("drought-rules");
    assertThat(cluster(lines, 1)).isEqualTo(cluster(lines, 3));
  }

  /** The document frequencies of {@code corpus}, counted here without Spark. */
  private static DocumentFrequencies frequencies(List<DescribedArticle> corpus) {
    List<Map<String, Integer>> df =
        List.of(
            new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    for (DescribedArticle a : corpus) {
      a.terms().keySet().forEach(w -> df.get(0).merge(w, 1, Integer::sum));
      a.names().keySet().forEach(w -> df.get(1).merge(w, 1, Integer::sum));
      a.numbers().keySet().forEach(w -> df.get(2).merge(w, 1, Integer::sum));
      a.persons().keySet().forEach(w -> df.get(3).merge(w, 1, Integer::sum));
      a.places().keySet().forEach(w -> df.get(4).merge(w, 1, Integer::sum));
    }
    return new DocumentFrequencies(
        corpus.size(), df.get(0), df.get(1), df.get(2), df.get(3), df.get(4));
  }
}
