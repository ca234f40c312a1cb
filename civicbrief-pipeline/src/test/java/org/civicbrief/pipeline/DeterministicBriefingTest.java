package org.civicbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A briefing is a function of its record and the settings: the same bytes whatever else is in the
 * batch, in whatever order, on however many threads. Ties between equal candidates (actors with the
 * same score, people named equally often) used to fall to identity hashes, which change with the
 * allocation history, so another order or another thread gave another briefing.
 */
class DeterministicBriefingTest {

  private static final BriefRecord PIPELINE =
      BriefRecord.create(PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "test"));

  /** Record id to JSON record, in file order. */
  private static final Map<String, String> RECORDS = new LinkedHashMap<>();

  /** Each record briefed alone, first, in file order. */
  private static final Map<String, String> ALONE = new LinkedHashMap<>();

  @BeforeAll
  static void readTheProjectsArticles() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Path> files = new ArrayList<>();
    Path examples = Path.of("..", "examples");
    try (Stream<Path> s = Files.list(examples.resolve("demo"))) {
      s.sorted().forEach(files::add);
    }
    files.add(examples.resolve("guard-deployment.txt"));
    try (Stream<Path> s =
        Files.list(Path.of("..", "civicbrief-core", "src", "test", "resources", "stories"))) {
      s.sorted().forEach(files::add);
    }
    // Written for this test: several people named once each, with a role, in the same sentence,
    // so that their scores tie.
    try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "articles"))) {
      s.sorted().forEach(files::add);
    }
    for (Path f : files) {
      Map<String, String> record = new LinkedHashMap<>();
      record.put("id", f.getFileName().toString());
      record.put("text", Files.readString(f, StandardCharsets.UTF_8));
      record.put("published", "2025-03-12");
      RECORDS.put(f.getFileName().toString(), mapper.writeValueAsString(record));
    }
    for (var e : RECORDS.entrySet()) {
      ALONE.put(e.getKey(), PIPELINE.brief(e.getValue(), e.getKey()).line());
    }
  }

  @Test
  void theArticlesAreBriefed() {
    assertThat(RECORDS).hasSizeGreaterThanOrEqualTo(10);
    assertThat(ALONE.values()).allSatisfy(line -> assertThat(line).doesNotContain("\"error\""));
  }

  @Test
  void shuffledOrdersAndThreadCountsGiveTheSameBytes() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      for (int threads : new int[] {1, 2, 3}) {
        List<String> order = new ArrayList<>(RECORDS.keySet());
        Collections.shuffle(order, new Random(seed));
        assertThat(briefAll(order, threads))
            .as("order of seed %d on %d threads", seed, threads)
            .isEqualTo(ALONE);
      }
    }
  }

  private static Map<String, String> briefAll(List<String> order, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<String, Future<String>> futures = new LinkedHashMap<>();
      for (String id : order) {
        futures.put(id, pool.submit(() -> PIPELINE.brief(RECORDS.get(id), id).line()));
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (String id : RECORDS.keySet()) {
        out.put(id, futures.get(id).get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
