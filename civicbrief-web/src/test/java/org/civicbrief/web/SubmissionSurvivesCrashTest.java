package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicbrief.core.common.ChildJvm;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.job.Job;
import org.civicbrief.store.job.JobSettings;
import org.civicbrief.store.job.JobStatus;
import org.civicbrief.store.job.JobWorkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article the API accepted (202) before the server was killed with {@code kill -9} in the middle
 * of briefing it is briefed after a restart.
 */
class SubmissionSurvivesCrashTest {

  @TempDir Path data;

  @Test
  void anAcceptedSubmissionIsBriefedAfterTheServerIsKilledAndRestarted() throws Exception {
    Process child = ChildJvm.start(BlockingServerMain.class, data.toString());
    long jobId;
    long articleId;
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String token = null;
      int port = 0;
      while (port == 0) {
        String line = out.readLine();
        if (line == null) {
          break;
        }
        output.add(line);
        if (line.startsWith("token ")) {
          token = line.substring(6);
        } else if (line.startsWith("port ")) {
          port = Integer.parseInt(line.substring(5));
        }
      }
      assertThat(port).as(String.join("\n", output)).isPositive();
      String article = TestServer.resource("/demo/04-school-board-civics.md");
      HttpResponse<String> accepted =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              new ObjectMapper()
                                  .createObjectNode()
                                  .put("text", article)
                                  .toString()))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      JsonNode submitted = new ObjectMapper().readTree(accepted.body());
      jobId = submitted.path("jobId").asLong();
      articleId = submitted.path("articleId").asLong();
      String line;
      while ((line = out.readLine()) != null && !line.equals("running " + jobId)) {
        output.add(line);
      }
      assertThat(line).as(String.join("\n", output)).isEqualTo("running " + jobId);
      child.destroyForcibly();
      child.waitFor();
    } finally {
      child.destroyForcibly();
    }

    // The restart comes after the dead worker's one-minute lease has run out.
    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
    try (Store store = Store.open(StoreConfig.sqlite(data), later)) {
      assertThat(store.jobs().find(jobId).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
      try (JobWorkers workers =
          store.workers(
              job -> {
                var a = store.articles().find(job.articleId()).orElseThrow();
                var b =
                    store
                        .briefings()
                        .save(
                            a.id(),
                            FixtureBriefs.brief(a.article(), "fixture-1"),
                            Principal.system("worker"));
                return Outcome.ok("briefing " + b.id());
              },
              new JobSettings(1, Duration.ofMinutes(1), Duration.ofMillis(100)))) {
        workers.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Job job = store.jobs().find(jobId).orElseThrow();
        while (job.status() != JobStatus.DONE && System.nanoTime() < deadline) {
          Thread.sleep(50);
          job = store.jobs().find(jobId).orElseThrow();
        }
        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.attempts()).isEqualTo(2);
      }
      assertThat(store.briefings().latestFor(articleId)).isPresent();
    }
  }
}
