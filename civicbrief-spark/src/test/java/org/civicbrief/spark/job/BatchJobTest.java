package org.civicbrief.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.pipeline.PipelineSpec;
import org.civicbrief.spark.TestArticles;
import org.civicbrief.spark.cli.SharedSpark;
import org.civicbrief.spark.io.Format;
import org.civicbrief.spark.story.StorySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the single-process pipeline, on the articles written for these tests with
 * malformed records among them. The job runs once, on two cores and three partitions, and the tests
 * look at what it wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchJobTest {

  private static final PipelineSpec SPEC = TestPipeline.SPEC;

  private Path dir;
  private final ObjectMapper mapper = new ObjectMapper();
  private SparkSession spark;
  private Path input;
  private Path output;
  private BatchReport report;

  @BeforeAll
  void runTheJob(@TempDir Path tmp) throws IOException {
    dir = tmp;
    spark = SharedSpark.session();
    input = dir.resolve("wire.jsonl");
    Files.write(
        input,
        List.of(
            TestArticles.guardDeployment(),
            TestArticles.record("levy-vote", "levy-vote", "2025-04-01"),
            "this line is not JSON",
            TestArticles.record("school-budget", "school-budget", "2025-04-03"),
            "",
            "{\"id\": \"no-text\", \"title\": \"A record without its text\"}",
            TestArticles.record("levy-lawsuit", "levy-lawsuit", "2025-04-04"),
            TestArticles.record("drought-rules", "drought-rules", "2025-06-10"),
            "{\"id\": \"too-short\", \"text\": \"Only a few words, far too few for a briefing.\"}",
            TestArticles.record("drought-order", "drought-order", "2025-06-12")),
        StandardCharsets.UTF_8);
    output = dir.resolve("out");
    report =
        new BatchJob(spark)
            .run(
                BatchSettings.of(input.toString(), output.toString(), SPEC)
                    .withPartitions(3)
                    .withStories(StorySettings.defaults()));
  }

  @Test
  void theBriefingsEqualTheSingleProcessOutputRecordForRecord() throws IOException {
    assertThat(partLines(output.resolve("briefings"))).containsExactlyElementsOf(singleProcess());
  }

  @Test
  void aMalformedRecordIsReportedWithItsReasonAndTheRestAreBriefed() throws IOException {
    Map<String, JsonNode> outcomes = new LinkedHashMap<>();
    for (String line : partLines(output.resolve("outcomes"))) {
      JsonNode n = mapper.readTree(line);
      outcomes.put(n.get("id").asText(), n);
    }
    assertThat(outcomes.keySet())
        .containsExactly(
            "guard-deployment",
            "levy-vote",
            "wire.jsonl:3",
            "school-budget",
            "no-text",
            "levy-lawsuit",
            "drought-rules",
            "too-short",
            "drought-order");
    assertThat(outcomes.get("wire.jsonl:3").get("outcome").asText()).isEqualTo("failed");
    assertThat(outcomes.get("wire.jsonl:3").get("reason").asText())
        .contains("not a single JSON object");
    assertThat(outcomes.get("no-text").get("reason").asText()).contains("no \"text\"");
    assertThat(outcomes.get("too-short").get("outcome").asText()).isNotEqualTo("ok");
    assertThat(outcomes.get("levy-lawsuit").get("position").asLong()).isEqualTo(7);
    assertThat(report.records()).isEqualTo(9);
    assertThat(report.briefed()).isEqualTo(6);
    assertThat(report.failed() + report.skipped()).isEqualTo(3);
    assertThat(report.reasons()).hasSize(3);
  }

  @Test
  void everyBriefedRecordHasItsQuiz() throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : partLines(output.resolve("quizzes"))) {
      JsonNode n = mapper.readTree(line);
      ids.add(n.get("id").asText());
      assertThat(n.get("quiz").get("questions").size()).isEqualTo(n.get("questions").asInt());
    }
    assertThat(ids)
        .containsExactly(
            "guard-deployment",
            "levy-vote",
            "school-budget",
            "levy-lawsuit",
            "drought-rules",
            "drought-order");
  }

  @Test
  void articlesAboutOneStoryShareIt() throws IOException {
    Map<String, String> story = new LinkedHashMap<>();
    for (String line : partLines(output.resolve("stories"))) {
      JsonNode n = mapper.readTree(line);
      story.put(n.get("id").asText(), n.get("story").asText());
    }
    assertThat(story)
        .containsEntry("levy-lawsuit", "levy-vote")
        .containsEntry("drought-order", "drought-rules")
        .containsEntry("school-budget", "school-budget")
        .containsEntry("guard-deployment", "guard-deployment")
        .containsEntry("levy-vote", "levy-vote");
    assertThat(report.stories()).contains(4L);
  }

  @Test
  void withoutStoriesTheOnePassWriteGivesTheSameOutputsAndSummary() throws IOException {
    // Without stories or a database nothing reads the briefed records twice: the three outputs are
    // written in the pass that briefs, and the summary is counted from the outcomes written.
    Path alone = dir.resolve("alone");
    BatchReport r =
        new BatchJob(spark)
            .run(BatchSettings.of(input.toString(), alone.toString(), SPEC).withPartitions(3));
    assertThat(partLines(alone.resolve("briefings")))
        .containsExactlyElementsOf(partLines(output.resolve("briefings")));
    assertThat(partLines(alone.resolve("quizzes")))
        .containsExactlyElementsOf(partLines(output.resolve("quizzes")));
    assertThat(withoutMillis(partLines(alone.resolve("outcomes"))))
        .containsExactlyElementsOf(withoutMillis(partLines(output.resolve("outcomes"))));
    assertThat(List.of(r.records(), r.briefed(), r.skipped(), r.failed(), r.tokens()))
        .isEqualTo(
            List.of(
                report.records(),
                report.briefed(),
                report.skipped(),
                report.failed(),
                report.tokens()));
    assertThat(r.reasons()).isEqualTo(report.reasons());
    try (Stream<Path> entries = Files.list(alone)) {
      // Hadoop's local file system keeps a hidden checksum beside each file it writes.
      assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactlyInAnyOrder("briefings", "quizzes", "outcomes", "summary.json");
    }
    for (String folder : List.of("briefings", "quizzes", "outcomes")) {
      assertThat(alone.resolve(folder).resolve("_SUCCESS")).exists();
    }
  }

  private List<String> withoutMillis(List<String> lines) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      ObjectNode n = (ObjectNode) mapper.readTree(line);
      n.remove("millis");
      out.add(n.toString());
    }
    return out;
  }

  @Test
  void theSummaryIsWritten() throws IOException {
    JsonNode summary = mapper.readTree(output.resolve("summary.json").toFile());
    assertThat(summary.get("briefed").asLong()).isEqualTo(6);
    assertThat(summary.get("partitions").asInt()).isEqualTo(3);
  }

  @Test
  void parquetInAndOutGiveTheSameBriefings() throws IOException {
    Path parquet = dir.resolve("wire.parquet");
    spark
        .read()
        .json(input.toString())
        .drop("_corrupt_record")
        .na()
        .drop("all")
        .write()
        .parquet(parquet.toString());
    Path out = dir.resolve("out-parquet");
    new BatchJob(spark)
        .run(
            BatchSettings.of(parquet.toString(), out.toString(), SPEC)
                .withOutputFormat(Format.PARQUET));
    Map<String, String> fromParquet = new LinkedHashMap<>();
    for (Row r : spark.read().parquet(out.resolve("briefings").toString()).collectAsList()) {
      if (r.getAs("outcome").equals("ok")) {
        fromParquet.put(r.getAs("id"), r.getAs("briefing"));
      }
    }
    Map<String, String> fromJsonl = new LinkedHashMap<>();
    for (String line : partLines(output.resolve("briefings"))) {
      JsonNode n = mapper.readTree(line);
      if (!n.has("error")) {
        fromJsonl.put(n.at("/article/origin").asText(), line);
      }
    }
    assertThat(fromParquet).isEqualTo(fromJsonl);
  }

  /**
   * What {@code civicbrief brief --batch} writes for the input: one line per record, in order, from
   * the shared use case itself, so that any drift between the job and it shows here.
   */
  private List<String> singleProcess() throws IOException {
    // The same models as the executors', so the JVM holds one copy; what this compares is
    // everything around them: reading, numbering, partitioning, error lines and order.
    BriefRecord pipeline = ExecutorPipeline.forSpec(SPEC).pipeline();
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String record = lines.get(i);
      if (!record.isBlank()) {
        out.add(pipeline.brief(record, input.getFileName() + ":" + (i + 1)).line());
      }
    }
    return out;
  }

  /** The lines of a Spark output folder's part files, read in name order. */
  static List<String> partLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
