package org.civicbrief.app.cli;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civicbrief serve} as a user runs it, in its own process with the real pipeline: on an
 * empty data folder it briefs and publishes the demo articles, serves them, and stops cleanly on
 * SIGTERM; while it runs, {@code admin} makes the first account and a token for it.
 */
class ServeCommandTest {

  private static final Pattern SERVING = Pattern.compile("serving at (http://\\S+)/");

  @TempDir Path data;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aFirstRunPublishesTheDemoBriefingsAndServesThemUntilStopped() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process server =
        new ProcessBuilder(
                java,
                "-Xmx2g",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.civicbrief.app.Main",
                "serve",
                "--data",
                data.toString(),
                "--port",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      String base = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          base = m.group(1);
          break;
        }
      }
      assertThat(base).as(String.join("\n", output)).isNotNull();

      JsonNode list = awaitPublished(base, 6);
      assertThat(list.path("total").asInt()).isEqualTo(6);
      String home = get(base + "/").body();
      assertThat(home)
          .contains("North Calloway Lawmakers Miss Budget Deadline")
          .contains("Carver Falls Wins $86 Million Federal Grant");

      long id = list.path("items").get(0).path("id").asLong();
      String page = get(base + "/briefings/" + id).body();
      assertThat(page).contains("Summary", "Key actors", "Sources", "Test your knowledge (");
      assertThat(page)
          .containsPattern("href=\"/briefings/" + id + "/article\\?from=\\d+&amp;to=\\d+#ev\"");
      assertThat(get(base + "/briefings/" + id + "/quiz").body()).contains("type=\"radio\"");
      // The demo articles are about civic institutions: their pages explain the concepts they
      // touch, each card with its primary source.
      List<String> withContext = new ArrayList<>();
      for (JsonNode item : list.path("items")) {
        String p = get(base + "/briefings/" + item.path("id").asLong()).body();
        if (p.contains("<h2 id=\"h-why\">Why this matters</h2>")) {
          assertThat(p).contains("Primary source:").contains("<details class=\"concept\">");
          withContext.add(item.path("id").asText());
        }
      }
      assertThat(withContext).isNotEmpty();
      // The two budget reports, from two outlets three days apart, are one story, and its page
      // shows what the later one changed.
      // An article joins its story just after its briefing is published, so wait for all six.
      JsonNode stories = awaitInStories(base, 6);
      JsonNode budget = null;
      for (JsonNode story : stories.path("items")) {
        if (story.path("articles").asInt() == 2) {
          budget = story;
        }
      }
      assertThat(budget).as(stories.toString()).isNotNull();
      assertThat(stories.path("items").size()).isEqualTo(5);
      String storyPage = get(base + "/stories/" + budget.path("id").asLong()).body();
      assertThat(storyPage)
          .contains("<h3>Civic Wire</h3>", "<h3>Lakeport Ledger</h3>", "id=\"h-changed\"")
          .contains(
              "14,000 of the state’s 52,000 employees → 16,500 of the state’s 52,000 employees")
          .contains("Helena Marsh, State Parks Director")
          // Neither report takes back what the other said: nothing may be shown as reversed.
          .doesNotContain("Reversed:");
      assertThat(get(base + "/feed.atom").body()).contains("<entry>");
      JsonNode hits =
          new ObjectMapper().readTree(get(base + "/api/v1/search?q=%22rail+yards%22").body());
      assertThat(hits.path("total").asInt()).isEqualTo(1);
      // Accounts and tokens are made while the server runs and holds the search index.
      CommandRun created =
          run(
              "a long enough password\n",
              "admin",
              "create-user",
              "--username",
              "Alice",
              "--role",
              "admin",
              "--data",
              data.toString());
      assertThat(created.status()).as(created.err()).isZero();
      assertThat(created.out()).contains("created user alice (admin)");
      CommandRun token =
          run("", "admin", "create-token", "--username", "alice", "--data", data.toString());
      assertThat(token.status()).as(token.err()).isZero();
      assertThat(token.out().strip()).matches("cb_[A-Za-z0-9_-]{43}");
      CommandRun weak =
          run("short\n", "admin", "create-user", "--username", "bob", "--data", data.toString());
      assertThat(weak.status()).isEqualTo(Civicbrief.BAD_INPUT);
      assertThat(weak.err()).contains("at least 12 characters").doesNotContain("Exception");
      CommandRun nobody =
          run("", "admin", "create-token", "--username", "nobody", "--data", data.toString());
      assertThat(nobody.err()).contains("there is no user nobody");
      HttpResponse<String> withToken =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                  .header("Authorization", "Bearer " + token.out().strip())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(withToken.statusCode())
          .as("the running server takes the new token")
          .isEqualTo(200);
    } finally {
      server.destroy();
    }
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    // Stopped by SIGTERM through the shutdown hook: workers, server and store closed in order.
    assertThat(server.exitValue()).isIn(0, 143);
  }

  private JsonNode awaitInStories(String base, int articles) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    JsonNode stories = null;
    while (System.nanoTime() < deadline) {
      stories = new ObjectMapper().readTree(get(base + "/api/v1/stories").body());
      int inStories = 0;
      for (JsonNode story : stories.path("items")) {
        inStories += story.path("articles").asInt();
      }
      if (inStories >= articles) {
        return stories;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the demo articles did not all join stories in time: " + stories);
  }

  private JsonNode awaitPublished(String base, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    JsonNode list = null;
    while (System.nanoTime() < deadline) {
      list = new ObjectMapper().readTree(get(base + "/api/v1/briefings").body());
      if (list.path("total").asInt() >= count) {
        return list;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the demo briefings were not published in time: " + list);
  }

  private HttpResponse<String> get(String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r;
  }

  private static CommandRun run(String stdin, String... args) {
    return CommandRun.of(stdin, args);
  }
}
