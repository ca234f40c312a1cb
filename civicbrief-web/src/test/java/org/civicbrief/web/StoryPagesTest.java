package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.story.Assignment;
import org.civicbrief.core.story.StoryFeatures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story page, stories on the front page and in the API, and the feeds editors manage. */
class StoryPagesTest {

  @TempDir static Path data;
  static TestServer server;
  static long first;
  static long second;

  static final String FARES =
      """
      ---
      title: Ferry <script>alert(1)</script> fares rise on the island line
      publisher: Harbor Ledger
      date: 2026-11-17
      ---
      The regional transit board approved a fare increase for the island ferry on Tuesday, raising \
      a one-way adult ticket from four dollars to five starting in January. Board chair Marta Quill \
      said the money would pay for two new engines and longer winter hours.

      Commuters told the board at a crowded hearing that the increase would cost a daily rider more \
      than four hundred dollars a year. “We held the fare for six years before this increase,”       Quill said.
      """;

  static final String PASS =
      """
      ---
      title: Transit board offers students a discounted ferry pass
      publisher: Coast Gazette
      date: 2026-11-19
      ---
      Two days after raising ferry fares, the regional transit board agreed on Thursday to sell \
      students a monthly pass at half price, chair Marta Quill said after a second hearing that drew \
      dozens of high school and college riders.

      The pass goes on sale in February and will be reviewed at the spring budget session.
      """;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    if (ApiTest.openApi == null) {
      ApiTest.openApi = OpenApi.load();
    }
    long a = article(server.publish(FARES));
    long b = article(server.publish(PASS));
    long hidden =
        article(
            server.brief(
                PASS.replace("students", "seniors")
                    .replace("2026-11-19", "2026-11-20")
                    .replace("college", "retired")));
    server.store.stories().record(started(a, 1), features(a));
    server
        .store
        .stories()
        .record(new Assignment(String.valueOf(b), 1, false, 0.9, List.of(), 1, 1), features(b));
    server.store.stories().record(started(hidden, 2), features(hidden));
    first = a;
    second = b;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static long article(long briefingId) {
    return server.store.briefings().find(briefingId).orElseThrow().articleId();
  }

  static Assignment started(long article, long story) {
    return new Assignment(String.valueOf(article), story, true, 0, List.of(), 0, 0);
  }

  static StoryFeatures features(long article) {
    return new StoryFeatures(
        String.valueOf(article),
        new float[] {1, 0},
        Map.of("ferry", 1f),
        Map.of("quill", 1f),
        Map.of(),
        Map.of("quill", 1f),
        Optional.of(LocalDate.parse("2026-11-17")));
  }

  @Test
  void theStoryPageShowsTheTimelineThenTheBriefingThenTheArticlesByOutletEscaped() {
    HttpResponse<String> r = new WebClient(server).get("/stories/1");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String html = r.body();
    assertThat(html).contains("Transit board offers students a discounted ferry pass");
    assertThat(html.indexOf("id=\"h-timeline\""))
        .isPositive()
        .isLessThan(html.indexOf("id=\"h-briefing\""));
    assertThat(html.indexOf("id=\"h-briefing\"")).isLessThan(html.indexOf("id=\"h-articles\""));
    assertThat(html).contains("<h3>Harbor Ledger</h3>").contains("<h3>Coast Gazette</h3>");
    assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
  }

  @Test
  void theStoryPageShowsTheMergedKeyActorsAndAStoryQuizThatWorksWithoutScript() {
    String html = new WebClient(server).get("/stories/1").body();

    assertThat(html).contains("<h3>Key actors</h3>").contains("Quill");
    assertThat(html).contains("id=\"h-quiz\"").contains("<summary>Show the answer");
    assertThat(html.indexOf("id=\"h-articles\"")).isLessThan(html.indexOf("id=\"h-quiz\""));
  }

  @Test
  void theReaderWhoChoseSpanishReadsTheStoryPageInSpanish() {
    // Issue 19: a story joins Spanish and English outlets, and its page was English whatever the
    // reader chose.
    String html = new WebClient(server).get("/stories/1?lang=es").body();

    assertThat(html)
        .contains("<html lang=\"es\">", ">Cronología</h2>", ">Artículos por medio</h2>")
        .contains("<h3>Actores clave</h3>", "<summary>Ver la respuesta")
        .doesNotContain(">Timeline</h2>", "Articles by outlet", "Show the answer", "Reported by");
    assertThat(new WebClient(server).get("/stories/1").body())
        .contains("<html lang=\"en\">", ">Timeline</h2>", "Articles by outlet");
  }

  @Test
  void everyStoryStatementLinksToItsSentenceInAPublishedArticle() {
    String html = new WebClient(server).get("/stories/1").body();

    var links =
        java.util.regex.Pattern.compile(
                "href=\"/briefings/(\\d+)/article\\?from=(\\d+)&amp;to=(\\d+)#ev\"")
            .matcher(html)
            .results()
            .toList();
    assertThat(links).isNotEmpty();
    for (var m : links) {
      long briefing = Long.parseLong(m.group(1));
      var stored = server.store.briefings().find(briefing).orElseThrow();
      assertThat(stored.articleId()).isIn(first, second);
      String text = stored.briefing().article().text();
      int from = Integer.parseInt(m.group(2));
      int to = Integer.parseInt(m.group(3));
      assertThat(from).isLessThan(to);
      assertThat(to).isLessThanOrEqualTo(text.length());
    }
  }

  @Test
  void aStoryWithoutAPublishedArticleIsNotFoundAndUnknownStoriesNeither() {
    WebClient c = new WebClient(server);

    assertThat(c.get("/stories/2").statusCode()).isEqualTo(404);
    assertThat(c.get("/stories/999").statusCode()).isEqualTo(404);
  }

  @Test
  void theFrontPageListsTheStory() {
    String home = new WebClient(server).get("/").body();

    assertThat(home).contains("Stories to follow").contains("href=\"/stories/1\"");
    assertThat(home).doesNotContain("href=\"/stories/2\"");
  }

  @Test
  void theApiListsStoriesAndComposesOneAsTheDocumentSays() {
    WebClient c = new WebClient(server);

    JsonNode list = ApiTest.expect(c.getJson("/api/v1/stories", null), 200, "StoryList");
    assertThat(list.path("items")).hasSize(1);
    assertThat(list.path("items").get(0).path("articles").asInt()).isEqualTo(2);
    JsonNode story = ApiTest.expect(c.getJson("/api/v1/stories/1", null), 200, "Story");
    assertThat(story.path("articles")).hasSize(2);
    assertThat(story.path("articles").get(0).path("outlet").asText()).isEqualTo("Harbor Ledger");
    ApiTest.expect(c.getJson("/api/v1/stories/2", null), 404, "Problem");
  }

  @Test
  void editorsManageFeedsThroughTheApiWithATokenOnly() {
    WebClient c = new WebClient(server);
    String body = "{\"url\": \"https://ledger.example/api-feed.xml\"}";

    ApiTest.expect(c.postJson("/api/v1/feeds", body, null), 401, "Problem");
    ApiTest.expect(c.postJson("/api/v1/feeds", body, server.readerToken), 403, "Problem");
    JsonNode added =
        ApiTest.expect(c.postJson("/api/v1/feeds", body, server.editorToken), 201, "Feed");
    ApiTest.expect(c.postJson("/api/v1/feeds", body, server.editorToken), 422, "Problem");
    ApiTest.expect(
        c.postJson("/api/v1/feeds", "{\"url\": \"ftp://x.example/f\"}", server.editorToken),
        422,
        "Problem");
    JsonNode list = ApiTest.expect(c.getJson("/api/v1/feeds", server.editorToken), 200, "FeedList");
    assertThat(list.path("items").findValuesAsText("url"))
        .contains("https://ledger.example/api-feed.xml");

    HttpResponse<String> removed =
        c.send(
            HttpRequest.newBuilder(
                    URI.create(server.url("/api/v1/feeds/" + added.path("id").asLong())))
                .DELETE()
                .header("Authorization", "Bearer " + server.editorToken));
    assertThat(removed.statusCode()).isEqualTo(204);
  }

  @Test
  void editorsSubscribeOnTheFeedsPageAndSeeItsNextPollAndErrors() {
    WebClient editor = new WebClient(server).signIn();
    String page = editor.get("/editor/feeds").body();

    HttpResponse<String> added =
        editor.post(
            "/editor/feeds",
            Map.of("csrf", WebClient.csrf(page), "url", "https://gazette.example/feed.json"));
    assertThat(added.statusCode()).isEqualTo(303);
    long id =
        server.store.feeds().list().stream()
            .filter(f -> f.url().equals("https://gazette.example/feed.json"))
            .findFirst()
            .orElseThrow()
            .id();
    server.store.feeds().failed(id, "the feed answered 500 <Internal>", java.time.Instant.now());

    String after = editor.get("/editor/feeds").body();
    assertThat(after).contains("https://gazette.example/feed.json").contains("Next poll");
    assertThat(after).contains("the feed answered 500 &lt;Internal&gt; (1 failure)");

    HttpResponse<String> forged =
        new WebClient(server).signIn().post("/editor/feeds", Map.of("url", "https://x.example/f"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(new WebClient(server).get("/editor/feeds").statusCode()).isNotEqualTo(200);
  }
}
