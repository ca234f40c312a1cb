package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits, on a server that allows three sign-in attempts per address, three quiz posts per
 * reader and five per address a minute, and believes {@code X-Forwarded-For} from loopback (a
 * proxy), so each test can come from its own addresses and their order does not matter.
 */
class RateLimitTest {

  @TempDir static Path data;
  static TestServer server;
  static long plain;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            data,
            WebConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withLimits(3, 3)
                .withQuizPerAddress(5)
                .withTrustedProxies(Set.of("127.0.0.1")));
    plain = server.publish(TestServer.resource("/demo/03-county-election-audit.md"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(
      WebClient c, String from, String path, Map<String, String> form) {
    return c.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", "203.0.113.99, " + from)
            .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(form))));
  }

  @Test
  void signInIsLimitedPerAddressAndAWrongNameLooksLikeAWrongPassword() {
    WebClient c = new WebClient(server);
    String token = WebClient.csrf(c.get("/login").body());
    String from = "198.51.100.1";
    HttpResponse<String> wrongPassword =
        post(
            c,
            from,
            "/login",
            Map.of("csrf", token, "username", TestServer.EDITOR, "password", "not it at all"));
    HttpResponse<String> noSuchUser =
        post(
            c,
            from,
            "/login",
            Map.of("csrf", token, "username", "nobody-here", "password", "not it at all"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(noSuchUser.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).contains("The user name or the password is wrong.");
    assertThat(noSuchUser.body()).contains("The user name or the password is wrong.");
    HttpResponse<String> third =
        post(c, from, "/login", Map.of("csrf", token, "username", "x", "password", "y"));
    assertThat(third.statusCode()).isEqualTo(401);
    HttpResponse<String> fourth =
        post(c, from, "/login", Map.of("csrf", token, "username", "x", "password", "y"));
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(fourth.body()).contains("Too many sign-in attempts");
  }

  @Test
  void someoneGuessingAPasswordElsewhereDoesNotLockItsOwnerOut() {
    WebClient guesser = new WebClient(server);
    String token = WebClient.csrf(guesser.get("/login").body());
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> r =
          post(
              guesser,
              "192.0.2.7",
              "/login",
              Map.of("csrf", token, "username", TestServer.ADMIN, "password", "guess " + i));
      assertThat(r.statusCode()).isEqualTo(i < 3 ? 401 : 429);
    }
    WebClient owner = new WebClient(server);
    String ownerToken = WebClient.csrf(owner.get("/login").body());
    HttpResponse<String> in =
        post(
            owner,
            "198.51.100.42",
            "/login",
            Map.of(
                "csrf",
                ownerToken,
                "username",
                TestServer.ADMIN,
                "password",
                TestServer.PASSWORD,
                "next",
                "/editor"));
    assertThat(in.statusCode()).isEqualTo(303);
  }

  @Test
  void quizSubmissionsAreLimitedPerReaderWithAHigherCeilingPerAddress() {
    String from = "192.0.2.50";
    int refused = 0;
    int accepted = 0;
    // Three readers (browsers) behind one address: each may post three times, the address five.
    for (int reader = 0; reader < 3; reader++) {
      WebClient c = new WebClient(server);
      String csrf = WebClient.csrf(c.get("/briefings/" + plain + "/quiz").body());
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> r =
            post(c, from, "/briefings/" + plain + "/quiz", Map.of("csrf", csrf));
        assertThat(r.statusCode()).isIn(303, 429);
        if (r.statusCode() == 429) {
          refused++;
          assertThat(r.body()).containsAnyOf("from this reader", "from your network");
        } else {
          accepted++;
        }
      }
    }
    assertThat(accepted).isEqualTo(5);
    assertThat(refused).isEqualTo(7);
  }
}
