package org.civicbrief.spark.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.TestPostgres;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.BatchSetupException;
import org.civicbrief.spark.TestArticles;
import org.civicbrief.spark.cli.SharedSpark;
import org.civicbrief.spark.store.StoreRequest;
import org.civicbrief.spark.store.StoreResult;
import org.civicbrief.spark.store.StoreTarget;
import org.civicbrief.spark.store.WriteToStore;
import org.civicbrief.spark.story.StorySettings;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storing briefings into the {@code civicbrief serve} database, on the PostgreSQL server at
 * 127.0.0.1:5432, database {@code test}, each test in a schema of its own made with the store's own
 * migration scripts (read from {@code civicbrief-store} by path). Without a server the tests are
 * skipped with a message, except on CI ({@code CI=true}), where they fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteIntoServeDatabaseTest {

  private static final String SERVER = TestPostgres.SERVER;
  private static final PipelineSpec SPEC =
      PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "0.1.0-test");

  private final BriefingJson json = new BriefingJson();
  private String user;
  private String schema;
  private StoreTarget target;
  private List<StoreRequest> requests;

  @BeforeAll
  void findServerAndBrief() {
    TestPostgres.Found found = TestPostgres.find();
    if (found.user().isEmpty()) {
      if (TestPostgres.onCi()) {
        fail(found.unreachable() + "; CI must run the database tests");
      }
      System.err.println("[civicbrief-spark] SKIPPED the PostgreSQL tests: " + found.unreachable());
      Assumptions.abort(found.unreachable());
    }
    user = found.user().get();
    ExecutorPipeline.Loaded loaded = ExecutorPipeline.forSpec(SPEC);
    Ingest ingest = loaded.pipeline().ingest();
    requests = new ArrayList<>();
    long position = 1;
    for (String name : List.of("levy-vote", "school-budget")) {
      var article = ingest.fromJsonRecord(TestArticles.record(name, name, "2025-04-01"), name);
      requests.add(
          new StoreRequest(
              position++, name, json.line(loaded.pipeline().brief(article.value()).briefing())));
    }
  }

  @BeforeEach
  void freshDatabase() throws SQLException {
    schema = "cb_spark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(null, "CREATE SCHEMA " + schema);
    target = new StoreTarget(SERVER + "?currentSchema=" + schema, user, "");
    // The job makes the database ready with the store's own migrations, as serve would.
    target.prepare();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    execute(null, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  @Test
  void storingAgainStoresNothingTwice() throws SQLException {
    List<StoreResult> first = store(requests);
    List<StoreResult> second = store(requests);
    assertThat(first).extracting(StoreResult::status).containsOnly(StoreResult.Status.STORED);
    assertThat(second)
        .extracting(StoreResult::status)
        .containsOnly(StoreResult.Status.ALREADY_STORED);
    assertThat(second)
        .extracting(StoreResult::briefingId)
        .containsExactlyInAnyOrderElementsOf(first.stream().map(StoreResult::briefingId).toList());
    assertThat(count("articles")).isEqualTo(2);
    assertThat(count("briefings")).isEqualTo(2);
    assertThat(count("jobs")).isZero();
    assertThat(count("audit_log WHERE action = 'briefing.save' AND actor_name = 'system:batch'"))
        .isEqualTo(2);
  }

  @Test
  void theStoredDraftReadsBackAsTheBriefingWithItsQuizKeptApart() throws Exception {
    store(requests.subList(0, 1));
    Briefing original = json.read(requests.getFirst().briefing());
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), user, null);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT b.document, b.state, b.headline, q.document AS quiz, a.text"
                    + " FROM briefings b JOIN articles a ON a.id = b.article_id"
                    + " LEFT JOIN quizzes q ON q.briefing_id = b.id")) {
      assertThat(r.next()).isTrue();
      assertThat(json.read(r.getString("document"))).isEqualTo(original.withQuiz(Quiz.empty()));
      assertThat(r.getString("state")).isEqualTo("draft");
      assertThat(r.getString("headline")).isEqualTo(original.headline().text());
      assertThat(r.getString("text")).isEqualTo(original.article().text());
      if (!original.quiz().questions().isEmpty()) {
        assertThat(json.mapper().readValue(r.getString("quiz"), Quiz.class))
            .isEqualTo(original.quiz());
      }
    }
  }

  @Test
  void aBriefingTheDatabaseRefusesIsReportedAndTheOthersAreStored() throws Exception {
    ObjectNode bad = (ObjectNode) json.mapper().readTree(requests.getFirst().briefing());
    ObjectNode article = (ObjectNode) bad.get("article");
    // PostgreSQL text cannot hold a NUL character.
    article.put("text", "\u0000" + article.get("text").asText());
    List<StoreResult> results =
        store(
            List.of(
                new StoreRequest(1, "nul", json.mapper().writeValueAsString(bad)),
                requests.get(1)));
    assertThat(results.getFirst().status()).isEqualTo(StoreResult.Status.FAILED);
    assertThat(results.getFirst().reason()).startsWith("the database refused it");
    assertThat(results.get(1).status()).isEqualTo(StoreResult.Status.STORED);
    assertThat(count("articles")).isEqualTo(1);
  }

  @Test
  void aNewDatabaseGetsTheServeTablesAndAnUnreachableOneStopsTheJobBeforeItStarts()
      throws SQLException {
    assertThat(count("schema_version")).isPositive();
    StoreTarget nowhere = new StoreTarget("jdbc:postgresql://127.0.0.1:1/test", user, "");
    assertThatThrownBy(nowhere::prepare)
        .isInstanceOf(BatchSetupException.class)
        .hasMessageStartingWith(
            "cannot prepare the database StoreTarget[jdbc:postgresql://127.0.0.1:1/test");
  }

  @Test
  void theJobPlacesStoredArticlesInTheServersStoriesOnceThroughTheStore(@TempDir Path dir)
      throws IOException, SQLException {
    Path input = dir.resolve("in.jsonl");
    Files.write(
        input,
        List.of(
            TestArticles.record("levy-vote", "levy-vote", "2025-04-01"),
            TestArticles.record("school-budget", "school-budget", "2025-04-03"),
            TestArticles.record("levy-lawsuit", "levy-lawsuit", "2025-04-04")),
        StandardCharsets.UTF_8);
    BatchSettings settings =
        BatchSettings.of(input.toString(), dir.resolve("out").toString(), SPEC)
            .withPartitions(2)
            .withStories(StorySettings.defaults())
            .withStore(target);
    BatchReport first = new BatchJob(SharedSpark.session()).run(settings);
    BatchReport again = new BatchJob(SharedSpark.session()).run(settings.withOverwrite(true));

    assertThat(first.stored()).map(BatchReport.StoreCounts::inStories).contains(3L);
    assertThat(again.stored()).map(BatchReport.StoreCounts::alreadyStored).contains(3L);
    assertThat(count("story_members")).isEqualTo(3);
    try (Store store =
        Store.open(
            StoreConfig.postgres(dir.resolve("data"), target.jdbcUrl(), user, Optional.empty()))) {
      long vote = articleOf("2025-04-01");
      long budget = articleOf("2025-04-03");
      long lawsuit = articleOf("2025-04-04");
      assertThat(store.stories().storyOf(lawsuit)).isEqualTo(store.stories().storyOf(vote));
      assertThat(store.stories().storyOf(budget))
          .isPresent()
          .isNotEqualTo(store.stories().storyOf(vote));
      assertThat(store.stories().assigned()).isEqualTo(3);
    }
  }

  /** The stored article published on {@code day}: each test article has a day of its own. */
  private long articleOf(String day) throws SQLException {
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), user, null);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT id FROM articles WHERE published_on = '" + day + "'")) {
      assertThat(r.next()).as("the article of " + day).isTrue();
      return r.getLong(1);
    }
  }

  private List<StoreResult> store(List<StoreRequest> batch) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    List<StoreResult> results =
        new ArrayList<>(new WriteToStore(target).write(sc.parallelize(batch, 2)).collect());
    results.sort(Comparator.comparingLong(StoreResult::position));
    return results;
  }

  private long count(String tableAndCondition) throws SQLException {
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), user, null);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + tableAndCondition)) {
      r.next();
      return r.getLong(1);
    }
  }

  private void execute(String inSchema, String sql) throws SQLException {
    String url = inSchema == null ? SERVER : SERVER + "?currentSchema=" + inSchema;
    try (Connection c = DriverManager.getConnection(url, user, null);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
