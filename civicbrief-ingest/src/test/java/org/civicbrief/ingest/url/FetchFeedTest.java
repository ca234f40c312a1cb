package org.civicbrief.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.IngestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetchFeedTest {

  private static final String FEED =
      "<rss version=\"2.0\"><channel><title>T</title><item><link>https://x.example/a</link>"
          + "</item></channel></rss>";

  private final IngestConfig allowLocal =
      IngestConfig.defaults().withAllowedHosts(Set.of("127.0.0.1"));
  private final LocalServer server = new LocalServer();
  private final List<String> validators = new ArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUnchangedFeedAnswers304ToTheValidatorsOfTheLastPoll() {
    server.on("/feed.xml", this::conditional);
    FetchFeed fetch = new FetchFeed(allowLocal);

    Outcome<FeedResponse> first =
        fetch.fetch(server.url("/feed.xml"), Optional.empty(), Optional.empty());
    FeedResponse.Fetched fetched = (FeedResponse.Fetched) first.value();
    assertThat(new String(fetched.document().content(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    assertThat(fetched.etag()).contains("\"v7\"");
    assertThat(fetched.lastModified()).contains("Tue, 17 Nov 2026 08:00:00 GMT");

    Outcome<FeedResponse> second =
        fetch.fetch(server.url("/feed.xml"), fetched.etag(), fetched.lastModified());

    assertThat(second.value())
        .isEqualTo(
            new FeedResponse.NotModified(
                Optional.of("\"v7\""), Optional.of("Tue, 17 Nov 2026 08:00:00 GMT")));
    assertThat(validators).containsExactly("null|null", "\"v7\"|Tue, 17 Nov 2026 08:00:00 GMT");
  }

  @Test
  void aFeedOnAPrivateAddressIsRefusedUnlessAllowed() {
    server.on("/feed.xml", LocalServer.page(200, "application/rss+xml", FEED));

    Outcome<FeedResponse> refused =
        new FetchFeed(IngestConfig.defaults())
            .fetch(server.url("/feed.xml"), Optional.empty(), Optional.empty());

    assertThat(refused.reason()).contains("ingest.allowedHosts");
  }

  @Test
  void aServerErrorIsAOneLineReason() {
    server.on("/feed.xml", LocalServer.page(503, "text/plain", "down for maintenance"));

    Outcome<FeedResponse> failed =
        new FetchFeed(allowLocal)
            .fetch(server.url("/feed.xml"), Optional.empty(), Optional.empty());

    assertThat(failed.reason()).startsWith("the feed answered 503");
  }

  private void conditional(HttpExchange exchange) throws IOException {
    String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
    String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    validators.add(etag + "|" + since);
    exchange.getResponseHeaders().set("ETag", "\"v7\"");
    exchange.getResponseHeaders().set("Last-Modified", "Tue, 17 Nov 2026 08:00:00 GMT");
    if ("\"v7\"".equals(etag)) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
