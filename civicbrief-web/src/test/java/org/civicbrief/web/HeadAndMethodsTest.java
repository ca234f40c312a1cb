package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEAD is answered like GET without a body; a wrong method on a page is a 405 with Allow. */
class HeadAndMethodsTest {

  @TempDir static Path data;
  static TestServer server;
  static long plain;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    plain = server.publish(TestServer.resource("/demo/03-county-election-audit.md"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(String method, String path) {
    return new WebClient(server)
        .send(
            HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void headAnswersWithTheHeadersOfGetAndNoBody() {
    for (String path :
        List.of(
            "/",
            "/briefings/" + plain,
            "/briefings/" + plain,
            "/api/v1/briefings",
            "/robots.txt",
            "/nothing-here")) {
      HttpResponse<String> get = send("GET", path);
      HttpResponse<String> head = send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).as(path).isEmpty();
    }
  }

  @Test
  void aWrongMethodOnAPageIsA405WithAllow() {
    HttpResponse<String> r = send("DELETE", "/briefings/" + plain);
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }
}
