package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health, readiness and metrics, as a load balancer and Prometheus see them. */
class OpsEndpointsTest {

  private static final String TOKEN = "metrics-token-for-tests-only";

  @TempDir static Path data;
  @TempDir static Path otherData;
  static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            data,
            WebConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withLimits(1000, 1000)
                .withMetricsToken(Optional.of(TOKEN)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthAndReadinessAnswerForALoadBalancer() {
    WebClient c = new WebClient(server);
    assertThat(c.get("/healthz").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = c.get("/readyz");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("ready\n");
  }

  @Test
  void metricsNeedTheirTokenAndCountRequestsJobsAndAttempts() {
    long plain = server.publish(TestServer.resource("/demo/03-county-election-audit.md"));
    WebClient c = new WebClient(server);
    String csrf = WebClient.csrf(c.get("/briefings/" + plain + "/quiz").body());
    assertThat(c.post("/briefings/" + plain + "/quiz", Map.of("csrf", csrf)).statusCode())
        .isEqualTo(303);
    assertThat(c.get("/metrics").statusCode()).isEqualTo(401);
    assertThat(c.get("/metrics", "Authorization", "Bearer not-the-token-at-all").statusCode())
        .isEqualTo(401);
    HttpResponse<String> m = c.get("/metrics", "Authorization", "Bearer " + TOKEN);
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
    assertThat(m.body())
        .contains("# TYPE civicbrief_http_request_duration_seconds histogram")
        .contains(
            "civicbrief_http_request_duration_seconds_bucket{method=\"GET\",status=\"2xx\",le=\"+Inf\"}")
        .contains("civicbrief_http_request_duration_seconds_count{method=\"POST\",status=\"3xx\"} ")
        .contains("civicbrief_jobs{status=\"queued\"} ")
        .contains("civicbrief_job_oldest_queued_age_seconds ")
        .containsPattern("civicbrief_quiz_attempts_total [1-9]");
  }

  @Test
  void withoutATokenThereIsNoMetricsEndpoint() {
    try (TestServer plain = TestServer.start(otherData)) {
      assertThat(new WebClient(plain).get("/metrics").statusCode()).isEqualTo(404);
    }
  }
}
