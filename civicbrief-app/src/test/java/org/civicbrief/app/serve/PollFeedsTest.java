package org.civicbrief.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.ingest.url.FetchFeed;
import org.civicbrief.store.Store;
import org.civicbrief.store.StoreConfig;
import org.civicbrief.store.audit.Principal;
import org.civicbrief.store.feed.Feed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polls feeds written for this test from a real HTTP server on the loopback address. */
class PollFeedsTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir Path data;
  private HttpServer server;
  private Store store;
  private PollFeeds poll;
  private final AtomicInteger notModified = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ledger.xml", this::ledgerFeed);
    server.createContext("/broken.xml", e -> send(e, 200, "application/rss+xml", "<rss><chan"));
    server.createContext("/gone.xml", e -> send(e, 410, "text/plain", "gone"));
    server.createContext("/news/ferry", e -> send(e, 200, "text/html", page(FERRY)));
    server.createContext("/news/library", e -> send(e, 200, "text/html", page(LIBRARY)));
    server.createContext("/news/paywalled", e -> send(e, 402, "text/html", "Subscribe"));
    server.start();
    store = Store.open(StoreConfig.sqlite(data), Clock.fixed(NOW, ZoneOffset.UTC));
    Ingest ingest = new Ingest(IngestConfig.defaults().withAllowedHosts(Set.of("127.0.0.1")));
    poll =
        new PollFeeds(
            store,
            new FetchFeed(ingest.config()),
            new IngestSubmissions(ingest),
            Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofMinutes(30));
  }

  @AfterEach
  void stop() {
    store.close();
    server.stop(0);
  }

  @Test
  void newEntriesAreQueuedOnceAndAnUnchangedFeedCosts304() {
    long id = add("/ledger.xml");

    PollFeeds.Polled first = poll.poll(store.feeds().find(id).orElseThrow());

    assertThat(first.outcome()).isEqualTo("ok, 3 new entries");
    assertThat(first.submitted()).hasSize(2).allSatisfy(s -> assertThat(s.duplicate()).isFalse());
    assertThat(first.problems())
        .singleElement()
        .asString()
        .contains("/news/paywalled")
        .contains("paywall");
    Feed after = store.feeds().find(id).orElseThrow();
    assertThat(after.title()).contains("Harbor Ledger");
    assertThat(after.etag()).contains("\"ledger-1\"");
    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(after.entries()).isEqualTo(3);
    assertThat(store.jobs().find(first.submitted().getFirst().jobId())).isPresent();

    PollFeeds.Polled second = poll.poll(after);

    assertThat(second.outcome()).isEqualTo("not modified");
    assertThat(notModified.get()).isEqualTo(1);
    assertThat(store.articles().recent(10, 0)).hasSize(2);
  }

  @Test
  void aBrokenFeedShowsItsErrorAndWaitsLongerAfterEachFailure() {
    long id = add("/broken.xml");

    PollFeeds.Polled once = poll.poll(store.feeds().find(id).orElseThrow());
    Feed failedOnce = store.feeds().find(id).orElseThrow();
    poll.poll(failedOnce);
    Feed failedTwice = store.feeds().find(id).orElseThrow();

    assertThat(once.outcome()).startsWith("the feed does not parse as RSS or Atom");
    assertThat(failedOnce.lastError()).contains(once.outcome());
    assertThat(failedOnce.nextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(failedTwice.failures()).isEqualTo(2);
    assertThat(failedTwice.nextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(store.articles().recent(10, 0)).isEmpty();
  }

  @Test
  void pollingTheDueFeedsReportsEachAndTheBackoffStopsAtADay() {
    add("/ledger.xml");
    add("/gone.xml");

    List<PollFeeds.Polled> polled = poll.pollDue();

    assertThat(polled)
        .extracting(PollFeeds.Polled::outcome)
        .containsExactly("ok, 3 new entries", "the feed answered 410 Gone");
    assertThat(poll.pollDue()).as("nothing is due until the next poll").isEmpty();
    assertThat(PollFeeds.backoff(Duration.ofMinutes(30), 12)).isEqualTo(Duration.ofHours(24));
  }

  private long add(String path) {
    return store.feeds().add(url(path), Principal.system("test")).value().id();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void ledgerFeed(HttpExchange e) throws IOException {
    e.getResponseHeaders().set("ETag", "\"ledger-1\"");
    if ("\"ledger-1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      e.sendResponseHeaders(304, -1);
      e.close();
      return;
    }
    String feed =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Harbor Ledger</title>
        <item><title>Ferry fares rise</title><link>%s</link><guid>l-1</guid>
          <pubDate>Tue, 17 Nov 2026 08:30:00 GMT</pubDate></item>
        <item><title>Library hours</title><link>%s</link><guid>l-2</guid></item>
        <item><title>Members only</title><link>%s</link><guid>l-3</guid></item>
        </channel></rss>
        """
            .formatted(url("/news/ferry"), url("/news/library"), url("/news/paywalled"));
    send(e, 200, "application/rss+xml", feed);
  }

  private static void send(HttpExchange e, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.getResponseHeaders().set("Content-Type", type);
    e.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = e.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String page(String body) {
    String title = body.lines().findFirst().orElseThrow();
    StringBuilder paragraphs = new StringBuilder();
    for (String p : body.split("\n\n")) {
      paragraphs.append("<p>").append(p).append("</p>\n");
    }
    return "<html><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1>"
        + paragraphs
        + "</article></body></html>";
  }

  private static final String FERRY =
      """
      Ferry Fares Rise on the Island Line

      The regional transit board approved a fare increase for the island ferry on Tuesday, raising \
      a one-way adult ticket from four dollars to five starting in January. Board chair Marta Quill \
      said the money would pay for two new engines and longer winter hours on the busiest crossing.

      Commuters who ride the morning boats told the board at a crowded hearing that the increase \
      would cost a daily rider more than four hundred dollars a year. A student group asked for a \
      discounted pass, which the board agreed to study before the spring budget.""";

  private static final String LIBRARY =
      """
      Library Hours Extended in Port Alder

      The Port Alder library will stay open until nine on weeknights from next month, the city \
      librarian announced on Wednesday, after a survey found that most residents could only visit \
      in the evening. The change is paid for by a grant from a local foundation and will be \
      reviewed after a year.

      Volunteers will run a homework club on Tuesday and Thursday evenings, and the reading room on \
      the second floor will reopen after repairs to its roof, the librarian said.""";
}
