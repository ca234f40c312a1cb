package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits, on a server that allows three sign-in attempts and three quiz posts per minute. The
 * two tests use different limits, so their order does not matter.
 */
class RateLimitTest {

  @TempDir static Path data;
  static TestServer server;
  static long plain;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(data, WebConfig.defaults().withAddress("127.0.0.1", 0).withLimits(3, 3));
    plain = server.publish(TestServer.resource("/demo/03-county-election-audit.md"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void signInIsLimitedPerAddressAndAWrongNameLooksLikeAWrongPassword() {
    WebClient c = new WebClient(server);
    String token = WebClient.csrf(c.get("/login").body());
    HttpResponse<String> wrongPassword =
        c.post(
            "/login",
            Map.of("csrf", token, "username", TestServer.EDITOR, "password", "not it at all"));
    HttpResponse<String> noSuchUser =
        c.post(
            "/login",
            Map.of("csrf", token, "username", "nobody-here", "password", "not it at all"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(noSuchUser.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).contains("The user name or the password is wrong.");
    assertThat(noSuchUser.body()).contains("The user name or the password is wrong.");
    HttpResponse<String> third =
        c.post("/login", Map.of("csrf", token, "username", "x", "password", "y"));
    assertThat(third.statusCode()).isEqualTo(401);
    HttpResponse<String> fourth =
        c.post("/login", Map.of("csrf", token, "username", "x", "password", "y"));
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(fourth.body()).contains("Too many sign-in attempts");
  }

  @Test
  void quizSubmissionsAreLimitedPerAddress() {
    WebClient c = new WebClient(server);
    String csrf = WebClient.csrf(c.get("/briefings/" + plain + "/quiz").body());
    int refused = 0;
    for (int i = 0; i < 5; i++) {
      int status = c.post("/briefings/" + plain + "/quiz", Map.of("csrf", csrf)).statusCode();
      assertThat(status).isIn(303, 429);
      refused += status == 429 ? 1 : 0;
    }
    assertThat(refused).isEqualTo(2);
  }
}
