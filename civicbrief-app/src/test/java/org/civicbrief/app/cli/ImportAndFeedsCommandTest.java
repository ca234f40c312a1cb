package org.civicbrief.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civicbrief import} and {@code civicbrief feeds} as a user runs them against a data folder:
 * what is accepted stays stored, bad records are named with their file and line, a second import
 * stores nothing twice, and feeds are added, polled, listed and removed.
 */
class ImportAndFeedsCommandTest {

  @TempDir Path dir;

  private static final String LEVY =
      "Harlow County voters approved a library levy on Tuesday by a margin of 58 to 42 percent,"
          + " according to unofficial results posted by the county clerk. The levy raises the"
          + " property tax rate by 9 cents per 1,000 dollars of assessed value for seven years and"
          + " is expected to bring in about 4.2 million dollars a year. Library director Amara"
          + " Quint said the money would keep three branches open on Sundays and restore the"
          + " mobile library route that was cut in 2023. Opponents said the county should have"
          + " trimmed other spending first.";

  private static final String TRANSIT =
      "The Brenmoor city council voted 6 to 3 on Monday to extend late-night bus service on four"
          + " routes for a one-year trial. The trial will cost about 1.1 million dollars, paid from"
          + " the transit reserve fund, and starts in September. Council member Idris Vale, who"
          + " proposed the trial, said night-shift workers at the hospital and the rail yard had"
          + " asked for it for years. The transit agency will report ridership to the council"
          + " every three months, and the council can end the trial early by a majority vote.";

  private static final String WATER =
      "Regional water managers on Thursday asked the state to approve emergency rules that would"
          + " limit lawn watering to two days a week across the Ostra River basin. The request"
          + " follows the driest spring in 40 years, the agency said in a statement. Under the"
          + " proposed rules, cities that miss their conservation targets could face fines of up"
          + " to 10,000 dollars a day. A public hearing on the rules is scheduled for next month"
          + " in the state capital, and written comments will be accepted until then.";

  @Test
  void importStoresGoodRecordsNamesBadOnesAndStoresNothingTwice() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("a.jsonl"),
        record("levy", "Library levy passes", LEVY)
            + "\n{\"id\": \"broken\", \"text\": \n"
            + record("transit", "Late buses get a trial", TRANSIT)
            + "\n\n"
            + "{\"id\": \"short\", \"text\": \"Too short to be an article.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("water.txt"), "Water limits sought\n\n" + WATER);
    Files.writeString(corpus.resolve("notes.pdf"), "not an article file");
    Path data = dir.resolve("data");

    CommandRun first = run("import", corpus.toString(), "--data", data.toString());
    assertThat(first.status()).as(first.err()).isEqualTo(Civicbrief.BAD_INPUT);
    assertThat(first.err())
        .contains("a.jsonl:2")
        .contains("a.jsonl:5")
        .contains("3 new articles queued for briefing, 0 copies")
        .doesNotContain("Exception");

    CommandRun again =
        run("import", corpus.resolve("water.txt").toString(), "--data", data.toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 new articles queued for briefing, 1 copies");

    CommandRun missing =
        run("import", dir.resolve("nowhere").toString(), "--data", data.toString());
    assertThat(missing.status()).isEqualTo(Civicbrief.BAD_INPUT);
    assertThat(missing.err()).contains("no such file or folder").doesNotContain("Exception");
  }

  @Test
  void feedsAreAddedPolledListedAndRemoved() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String feed =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Harlow Civic Desk</title><link>%1$s/</link>
        <description>County news</description>
        <item><title>Library levy passes</title><link>%1$s/levy</link>
        <pubDate>Wed, 04 Nov 2026 18:00:00 GMT</pubDate></item>
        </channel></rss>
        """
            .formatted(base);
    server.createContext(
        "/feed.xml", x -> respond(x, 200, "application/rss+xml", feed.getBytes(UTF8)));
    server.createContext(
        "/levy",
        x ->
            respond(
                x,
                200,
                "text/html; charset=utf-8",
                ("<html><head><title>Library levy passes</title></head><body><article><h1>Library"
                        + " levy passes</h1><p>"
                        + LEVY
                        + "</p></article></body></html>")
                    .getBytes(UTF8)));
    server.start();
    try {
      Path data = dir.resolve("data");
      String[] store = {"--data", data.toString()};

      CommandRun empty = run(concat(new String[] {"feeds", "list"}, store));
      assertThat(empty.out()).contains("no feeds");

      CommandRun added = run(concat(new String[] {"feeds", "add", base + "/feed.xml"}, store));
      assertThat(added.status()).as(added.err()).isZero();
      assertThat(added.out()).contains("feed 1: " + base + "/feed.xml");

      CommandRun bad = run(concat(new String[] {"feeds", "add", "ftp://example.org/feed"}, store));
      assertThat(bad.status()).isEqualTo(Civicbrief.BAD_INPUT);
      assertThat(bad.err()).doesNotContain("Exception");

      CommandRun polled =
          run(
              concat(
                  new String[] {"--set", "ingest.allowedHosts=127.0.0.1", "feeds", "poll", "1"},
                  store));
      assertThat(polled.status()).as(polled.out() + polled.err()).isZero();
      assertThat(polled.out()).contains("feed 1").contains("1 queued");

      CommandRun listed = run(concat(new String[] {"feeds", "list"}, store));
      assertThat(listed.out()).contains("Harlow Civic Desk").contains("entries: 1");

      CommandRun removed = run(concat(new String[] {"feeds", "remove", "1"}, store));
      assertThat(removed.out()).contains("removed feed 1");
      CommandRun gone = run(concat(new String[] {"feeds", "remove", "1"}, store));
      assertThat(gone.status()).isEqualTo(Civicbrief.BAD_INPUT);
      assertThat(gone.err()).contains("there is no feed 1");
    } finally {
      server.stop(0);
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static void respond(
      com.sun.net.httpserver.HttpExchange x, int status, String type, byte[] body)
      throws java.io.IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length);
    try (var out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static String record(String id, String title, String text) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"published\": \"2026-11-04\", \"publisher\": \"Harlow Civic Desk\", \"text\": \""
        + text
        + "\"}";
  }

  private static String[] concat(String[] a, String[] b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  private static CommandRun run(String... args) {
    return CommandRun.of("", args);
  }
}
