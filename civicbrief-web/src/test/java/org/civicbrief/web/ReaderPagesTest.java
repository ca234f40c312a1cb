package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader gets over plain HTTP: the pages, the quiz without script, the feed. */
class ReaderPagesTest {

  @TempDir static Path data;
  static TestServer server;
  static long budget;
  static long zoning;
  static long draft;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    budget = server.publish(TestServer.resource("/demo/01-state-budget-standoff.md"));
    zoning = server.publish(TestServer.resource("/demo/02-council-zoning-vote.md"));
    draft = server.brief(TestServer.resource("/demo/03-county-election-audit.md"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theHomePageListsPublishedBriefingsNewestFirstAndNoDrafts() {
    HttpResponse<String> home = new WebClient(server).get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    String body = home.body();
    assertThat(body).contains("North Calloway Lawmakers Miss Budget Deadline");
    assertThat(body.indexOf("Port Halvard Council Rezones"))
        .isLessThan(body.indexOf("North Calloway Lawmakers"));
    assertThat(body).doesNotContain("Bracken County Audit");
    assertThat(body).contains("action=\"/search\"");
    // The article's own date and the day the briefing went up, each labelled for what it is.
    assertThat(body).contains("Article of June 29, 2026 · Briefing published <time");
  }

  @Test
  void theReaderCanSwitchTheLabelsOfABriefingPageToSpanishAndBack() {
    String english = new WebClient(server).get("/briefings/" + budget).body();
    assertThat(english).contains("<html lang=\"en\">", ">Summary</h2>", "href=\"?lang=es\"");
    String spanish = new WebClient(server).get("/briefings/" + budget + "?lang=es").body();
    assertThat(spanish)
        .contains("<html lang=\"es\">", ">Resumen</h2>", ">Actores clave</h2>")
        .doesNotContain(">Summary</h2>");
    // The article's own words stay as they are.
    assertThat(spanish).contains("North Calloway Lawmakers Miss Budget Deadline");
    assertThat(new WebClient(server).get("/briefings/" + budget + "?lang=en").body())
        .contains(">Summary</h2>");
  }

  @Test
  void aSpanishPageShowsNoEnglishChipsLinksOrSiteFrame() {
    // R-es5: the section headings were Spanish, but the chips, the links of each card, the quiz
    // teaser and the site's header and footer stayed English.
    String spanish = new WebClient(server).get("/briefings/" + budget + "?lang=es").body();
    assertThat(spanish)
        .contains(
            ">fuente<span", "Más resúmenes con ", "Compruebe lo que retuvo", "Ir al contenido")
        .doesNotContain(
            ">source<span",
            "(see the sentence in the article)",
            "More briefings with",
            "in Quotes",
            "Check what you took in",
            "Skip to the content",
            ">Search</a>",
            "turns news articles into civic briefings");
    String english = new WebClient(server).get("/briefings/" + budget + "?lang=en").body();
    assertThat(english).contains(">source<span", "More briefings with", "Skip to the content");
  }

  @Test
  void eachQuotationAppearsOnceOnTheBriefingPage() {
    String page = new WebClient(server).get("/briefings/" + budget).body();
    Matcher quoted = Pattern.compile("<blockquote><p>“([^”]{12,})”").matcher(page);
    List<String> seen = new java.util.ArrayList<>();
    while (quoted.find()) {
      seen.add(quoted.group(1));
    }
    assertThat(seen).isNotEmpty().doesNotHaveDuplicates();
    for (String q : seen) {
      assertThat(page.split(Pattern.quote(q), -1).length - 1).as(q).isEqualTo(1);
    }
  }

  @Test
  void theColophonSaysAnEditorCheckedTheBriefingOnlyWhenAPersonApprovedIt() {
    // Published by the system, as the demo articles are: no editor looked at it.
    assertThat(new WebClient(server).get("/briefings/" + budget).body())
        .contains("published without an editor’s review".replace('’', '\''))
        .doesNotContain("checked by an editor");
    var editor =
        server
            .store
            .users()
            .create(
                "approver",
                java.util.Optional.empty(),
                java.util.Set.of(org.civicbrief.store.user.Role.EDITOR),
                org.civicbrief.store.audit.Principal.system("test"))
            .value();
    var person = org.civicbrief.store.audit.Principal.user(editor.id(), editor.username());
    // An article no other test in this class submits, so it starts as a draft.
    long id = server.brief(TestServer.resource("/demo/06-state-budget-shutdown.md"));
    var briefings = server.store.briefings();
    if (briefings.find(id).orElseThrow().state()
        == org.civicbrief.store.briefing.ReviewState.DRAFT) {
      briefings
          .review(id, org.civicbrief.store.briefing.ReviewState.APPROVED, "ok", person)
          .value();
    }
    briefings.review(id, org.civicbrief.store.briefing.ReviewState.PUBLISHED, "", person).value();
    assertThat(new WebClient(server).get("/briefings/" + id).body())
        .contains("checked by an editor before it was published");
  }

  @Test
  void aBriefingPageShowsEverySectionWithEvidenceLinksAndTheQuizCount() {
    String page = new WebClient(server).get("/briefings/" + budget).body();
    assertThat(page).contains("<h1 id=\"headline\">North Calloway Lawmakers Miss Budget Deadline");
    assertThat(page)
        .contains("Summary", "Core facts", "Key actors", "Quotes", "Timeline", "Sources");
    assertThat(page).contains("Test your knowledge (");
    assertThat(page).contains("href=\"/briefings/" + budget + "/quiz\"");
    assertThat(page)
        .containsPattern("href=\"/briefings/" + budget + "/article\\?from=\\d+&amp;to=\\d+#ev\"");
    assertThat(page).doesNotContain("Why this matters");
    assertThat(page).contains("application/ld+json", "\"@type\":\"NewsArticle\"");
    assertThat(page)
        .containsPattern("<meta name=\"description\" content=\"[^\"]{40,}\">")
        .contains("<meta property=\"og:title\" content=\"North Calloway Lawmakers")
        .contains("<meta property=\"og:type\" content=\"article\">");
  }

  @Test
  void aBriefingPageIsCompressedForClientsThatAskAndRevalidatedByItsTag() throws Exception {
    WebClient c = new WebClient(server);
    HttpResponse<String> plain = c.get("/briefings/" + budget);
    String etag = plain.headers().firstValue("ETag").orElseThrow();
    assertThat(c.get("/briefings/" + budget, "If-None-Match", etag).statusCode()).isEqualTo(304);
    HttpResponse<byte[]> gz =
        c.sendBytes(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url("/briefings/" + budget)))
                .header("Accept-Encoding", "gzip"));
    assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gz.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(plain.body());
    }
  }

  @Test
  void aCachedPageIsTheSamePageWithTheSameHeaders() {
    long id = server.publish(TestServer.resource("/demo/04-school-board-civics.md"));
    WebClient c = new WebClient(server);
    HttpResponse<String> rendered = c.get("/briefings/" + id);
    HttpResponse<String> cached = c.get("/briefings/" + id);
    assertThat(cached.statusCode()).isEqualTo(200);
    assertThat(cached.body()).isEqualTo(rendered.body());
    for (String header :
        List.of(
            "Content-Type",
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
            "Cache-Control",
            "ETag",
            "Vary")) {
      assertThat(cached.headers().firstValue(header))
          .as(header)
          .isPresent()
          .isEqualTo(rendered.headers().firstValue(header));
    }
  }

  @Test
  void anEvidenceLinkOpensTheArticleWithThePassageMarked() {
    String page = new WebClient(server).get("/briefings/" + budget).body();
    Matcher link =
        Pattern.compile("href=\"(/briefings/\\d+/article\\?from=(\\d+)&amp;to=(\\d+))#ev\"")
            .matcher(page);
    assertThat(link.find()).isTrue();
    HttpResponse<String> article = new WebClient(server).get(link.group(1).replace("&amp;", "&"));
    assertThat(article.statusCode()).isEqualTo(200);
    assertThat(article.body()).contains("<mark id=\"ev\" tabindex=\"-1\">");
    assertThat(article.body()).contains("The passage you came to see");
  }

  @Test
  void draftsAndUnknownBriefingsAreNotFoundForReaders() {
    WebClient b = new WebClient(server);
    assertThat(b.get("/briefings/" + draft).statusCode()).isEqualTo(404);
    assertThat(b.get("/briefings/" + draft + "/article").statusCode()).isEqualTo(404);
    assertThat(b.get("/briefings/" + draft + "/quiz").statusCode()).isEqualTo(404);
    assertThat(b.get("/briefings/999999").statusCode()).isEqualTo(404);
    HttpResponse<String> junk = b.get("/briefings/abc");
    assertThat(junk.statusCode()).isEqualTo(404);
    assertThat(junk.body()).contains("Not found").doesNotContain("Exception");
  }

  @Test
  void aBriefingAnEditorUnpublishesDisappearsFromReadersAtOnce() {
    long id = server.publish(TestServer.resource("/demo/05-bridge-grant.md"));
    WebClient reader = new WebClient(server);
    assertThat(reader.get("/briefings/" + id).statusCode()).isEqualTo(200);
    assertThat(reader.get("/briefings/" + id + "/quiz").statusCode()).isEqualTo(200);
    WebClient editor = new WebClient(server).signIn();
    String review = editor.get("/editor/briefings/" + id).body();
    HttpResponse<String> done =
        editor.post(
            "/editor/briefings/" + id + "/review",
            Map.of("csrf", WebClient.csrf(review), "to", "unpublished", "note", "wrong date"));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(reader.get("/briefings/" + id).statusCode()).isEqualTo(404);
    assertThat(reader.get("/briefings/" + id + "/quiz").statusCode()).isEqualTo(404);
    assertThat(reader.get("/").body()).doesNotContain("Carver Falls Wins");
    assertThat(editor.get("/editor/briefings/" + id).body())
        .contains("moved it from published to unpublished (“wrong date”)");
  }

  @Test
  void aReaderTakesTheQuizWithoutScriptAndSeesTheScoreWithSources() {
    WebClient b = new WebClient(server);
    String quiz = b.get("/briefings/" + budget + "/quiz").body();
    assertThat(quiz).contains("<fieldset", "<legend>", "type=\"radio\"");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", WebClient.csrf(quiz));
    Matcher quizId = Pattern.compile("name=\"quiz\" value=\"(\\d+)\"").matcher(quiz);
    assertThat(quizId.find()).isTrue();
    form.put("quiz", quizId.group(1));
    Matcher radio = Pattern.compile("name=\"(a\\.[^\"]+)\" value=\"0\"").matcher(quiz);
    int answered = 0;
    while (radio.find()) {
      form.put(radio.group(1), "0");
      answered++;
    }
    assertThat(answered).isGreaterThan(0);
    HttpResponse<String> posted = b.post("/briefings/" + budget + "/quiz", form);
    assertThat(posted.statusCode()).isEqualTo(303);
    String location = posted.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> result = b.get(location);
    assertThat(result.statusCode()).isEqualTo(200);
    assertThat(result.body()).containsPattern("You scored \\d+ of " + answered);
    assertThat(result.body()).contains("See it in the article");
    // Another browser cannot read these results.
    assertThat(new WebClient(server).get(location).statusCode()).isEqualTo(404);
  }

  @Test
  void theReaderWhoChoseSpanishTakesTheQuizAndReadsTheResultAndTheArticleInSpanish() {
    // Issue 19: the interface language is the reader's choice (?lang=), and the quiz, its result
    // and the article page were English whatever the choice.
    WebClient b = new WebClient(server);
    String briefing = b.get("/briefings/" + budget + "?lang=es").body();
    assertThat(briefing)
        .contains("href=\"/briefings/" + budget + "/quiz?lang=es\"")
        .contains("/article?from=");
    assertThat(briefing).containsPattern("/article\\?from=\\d+&amp;to=\\d+&amp;lang=es#ev");
    String quiz = b.get("/briefings/" + budget + "/quiz?lang=es").body();
    assertThat(quiz)
        .contains("<html lang=\"es\">", "Ponga a prueba lo que sabe", "Pregunta 1 de ")
        .contains("Ver mi puntuación", "data-right=\"Correcto. \"", "← Volver al resumen")
        .contains("action=\"/briefings/" + budget + "/quiz?lang=es\"")
        .doesNotContain("<h1>Test your knowledge", "See my score", "Question 1 of");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", WebClient.csrf(quiz));
    Matcher quizId = Pattern.compile("name=\"quiz\" value=\"(\\d+)\"").matcher(quiz);
    assertThat(quizId.find()).isTrue();
    form.put("quiz", quizId.group(1));
    Matcher radio = Pattern.compile("name=\"(a\\.[^\"]+)\" value=\"0\"").matcher(quiz);
    while (radio.find()) {
      form.put(radio.group(1), "0");
    }
    HttpResponse<String> posted = b.post("/briefings/" + budget + "/quiz?lang=es", form);
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("?lang=es");
    String result = b.get(location).body();
    assertThat(result)
        .contains("<html lang=\"es\">", "Verlo en el artículo", "Repetir el cuestionario")
        .containsPattern("Acertó \\d+ de \\d+")
        .doesNotContain("You scored", "See it in the article", "Take the quiz again");
    String article = b.get("/briefings/" + budget + "/article?lang=es").body();
    assertThat(article)
        .contains(
            "<html lang=\"es\">",
            "← Volver al resumen",
            "href=\"/briefings/" + budget + "?lang=es\"");
    // Without a choice, the English briefing's quiz is English, as before.
    assertThat(b.get("/briefings/" + budget + "/quiz").body())
        .contains("<html lang=\"en\">", "Test your knowledge", "Question 1 of ", "See my score");
  }

  @Test
  void theFeedListsPublishedBriefingsAsAtom() {
    HttpResponse<String> feed = new WebClient(server).get("/feed.atom");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    assertThat(feed.body())
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .contains("<title>North Calloway Lawmakers Miss Budget Deadline")
        .contains("/briefings/" + budget + "</id>")
        .doesNotContain("Bracken County");
  }

  @Test
  void searchFindsWordsInTheArticleTextWithMarkedSnippets() {
    HttpResponse<String> r = new WebClient(server).get("/search?q=rainy-day");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("1 briefing found").contains("<mark>");
    assertThat(new WebClient(server).get("/search?q=budget&from=2026-13-01").statusCode())
        .isEqualTo(400);
  }
}
