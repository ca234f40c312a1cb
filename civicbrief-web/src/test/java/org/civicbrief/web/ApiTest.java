package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civicbrief.web.api.ApiRouter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over HTTP, every answer checked against the schema the OpenAPI document gives for it, and
 * the document checked against the routes the server really has.
 */
class ApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static TestServer server;
  static OpenApi openApi;
  static long published;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    openApi = OpenApi.load();
    published = server.publish(TestServer.resource("/demo/02-council-zoning-vote.md"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Asserts the status and that the body is a valid {@code schema}; returns the body. */
  static JsonNode expect(HttpResponse<String> r, int status, String schema) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertThat(type)
        .startsWith(schema.equals("Problem") ? "application/problem+json" : "application/json");
    assertThat(openApi.validate(schema, r.body())).as(schema + ": " + r.body()).isEmpty();
    return tree(r.body());
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theOpenApiDocumentIsServedAndNamesExactlyTheRoutesTheServerHas() {
    HttpResponse<String> r = new WebClient(server).get("/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = tree(r.body());
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> paths = doc.path("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      for (Iterator<String> methods = doc.path("paths").path(path).fieldNames();
          methods.hasNext(); ) {
        documented.add(methods.next() + " " + path);
      }
    }
    Set<String> served = new TreeSet<>();
    for (ApiRouter.Route route : server.server.apiRoutes()) {
      served.add(route.method() + " " + route.path());
    }
    assertThat(documented).isEqualTo(served);
    // Every reference in the document points at something the document defines.
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }

  @Test
  void anyoneReadsPublishedBriefingsTheirQuizzesAndSearch() {
    WebClient c = new WebClient(server);
    JsonNode list = expect(c.get("/api/v1/briefings"), 200, "BriefingList");
    assertThat(list.path("items").findValues("id").stream().map(JsonNode::asLong))
        .contains(published);
    JsonNode one = expect(c.get("/api/v1/briefings/" + published), 200, "BriefingDocument");
    assertThat(one.path("briefing").path("headline").path("text").asText())
        .startsWith("Port Halvard Council Rezones");
    assertThat(one.path("briefing").path("quiz").path("questions")).isEmpty();
    long quizId = one.path("quizId").asLong();
    JsonNode quiz = expect(c.get("/api/v1/quizzes/" + quizId), 200, "QuizDocument");
    assertThat(quiz.path("questions").size()).isGreaterThan(0);
    assertThat(quiz.path("questions").get(0).path("answerIndex").isNull()).isTrue();
    JsonNode hits =
        expect(c.get("/api/v1/search?q=%22rail+yards%22&limit=5"), 200, "SearchResults");
    assertThat(hits.path("total").asLong()).as(hits.toString()).isEqualTo(1);
    assertThat(hits.path("hits").get(0).path("snippetHtml").asText()).contains("<mark>");
    expect(c.get("/api/v1/search?q=zoning&from=2026-02-30"), 400, "Problem");
    expect(c.get("/api/v1/briefings/424242"), 404, "Problem");
    expect(c.get("/api/v1/briefings?limit=1000"), 400, "Problem");
  }

  @Test
  void writesNeedATokenAndEditorialWritesNeedAnEditor() {
    WebClient c = new WebClient(server);
    String body = "{\"text\":\"" + "Short words here. ".repeat(30) + "\"}";
    HttpResponse<String> anonymous = c.postJson("/api/v1/articles", body, null);
    JsonNode p = expect(anonymous, 401, "Problem");
    assertThat(p.path("detail").asText()).contains("Authorization: Bearer");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"civicbrief\"");
    expect(c.postJson("/api/v1/articles", body, "cb_not-a-real-token"), 401, "Problem");
    JsonNode forbidden =
        expect(c.postJson("/api/v1/articles", body, server.readerToken), 403, "Problem");
    assertThat(forbidden.path("detail").asText()).contains("reader");
    expect(c.getJson("/api/v1/articles", null), 401, "Problem");
    expect(c.getJson("/api/v1/jobs/1", server.readerToken), 403, "Problem");
    // A session cookie is no API credential, so a page elsewhere cannot use one against the API.
    WebClient signedIn = new WebClient(server).signIn();
    expect(signedIn.postJson("/api/v1/articles", body, null), 401, "Problem");
  }

  @Test
  void anEditorSubmitsReviewsAndPublishesThroughTheApi() {
    WebClient c = new WebClient(server);
    String text =
        TestServer.resource("/demo/05-bridge-grant.md")
            .replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n");
    HttpResponse<String> posted =
        c.postJson("/api/v1/articles", "{\"text\":\"" + text + "\"}", server.editorToken);
    JsonNode submitted = expect(posted, 202, "Submitted");
    assertThat(posted.headers().firstValue("Location"))
        .hasValue("/api/v1/jobs/" + submitted.path("jobId").asLong());
    assertThat(submitted.path("duplicate").asBoolean()).isFalse();
    server.awaitJob(submitted.path("jobId").asLong());
    JsonNode job =
        expect(
            c.getJson("/api/v1/jobs/" + submitted.path("jobId").asLong(), server.editorToken),
            200,
            "Job");
    assertThat(job.path("status").asText()).isEqualTo("done");
    long id = job.path("briefingId").asLong();
    expect(
        c.getJson("/api/v1/articles/" + submitted.path("articleId").asLong(), server.editorToken),
        200,
        "ArticleDocument");
    expect(c.getJson("/api/v1/articles?limit=5", server.editorToken), 200, "ArticleList");

    // A draft is the editors' business only.
    expect(c.get("/api/v1/briefings/" + id), 404, "Problem");
    JsonNode draft =
        expect(c.getJson("/api/v1/briefings/" + id, server.editorToken), 200, "BriefingDocument");
    assertThat(draft.path("state").asText()).isEqualTo("draft");
    expect(c.getJson("/api/v1/briefings?state=draft", server.editorToken), 200, "BriefingList");
    expect(c.get("/api/v1/briefings?state=draft"), 403, "Problem");

    JsonNode refused =
        expect(
            c.postJson(
                "/api/v1/briefings/" + id + "/review",
                "{\"to\":\"published\"}",
                server.editorToken),
            409,
            "Problem");
    assertThat(refused.path("detail").asText())
        .contains("is draft; it can become approved or rejected, not published");
    expect(
        c.postJson("/api/v1/briefings/" + id + "/review", "{\"to\":\"shiny\"}", server.editorToken),
        400,
        "Problem");

    long quizId = draft.path("quizId").asLong();
    JsonNode fullQuiz =
        expect(c.getJson("/api/v1/quizzes/" + quizId, server.editorToken), 200, "QuizDocument");
    String questionId = fullQuiz.path("questions").get(0).path("id").asText();
    assertThat(fullQuiz.path("questions").get(0).path("answerIndex").isInt()).isTrue();
    JsonNode verdict =
        expect(
            c.postJson(
                "/api/v1/quizzes/" + quizId + "/questions/" + questionId + "/review",
                "{\"verdict\":\"edited\",\"text\":\"Which bridge will the grant replace?\"}",
                server.editorToken),
            200,
            "QuestionReview");
    assertThat(verdict.path("editor").asText()).isEqualTo(TestServer.EDITOR);
    expect(
        c.postJson(
            "/api/v1/quizzes/" + quizId + "/questions/" + questionId + "/review",
            "{\"verdict\":\"edited\"}",
            server.editorToken),
        422,
        "Problem");

    expect(
        c.postJson(
            "/api/v1/briefings/" + id + "/review",
            "{\"to\":\"approved\",\"note\":\"checked\"}",
            server.editorToken),
        200,
        "BriefingDocument");
    JsonNode live =
        expect(
            c.postJson(
                "/api/v1/briefings/" + id + "/review",
                "{\"to\":\"published\"}",
                server.editorToken),
            200,
            "BriefingDocument");
    assertThat(live.path("publishedAt").isTextual()).isTrue();
    JsonNode readerQuiz = expect(c.get("/api/v1/quizzes/" + quizId), 200, "QuizDocument");
    assertThat(readerQuiz.path("questions").get(0).path("stem").asText())
        .isEqualTo("Which bridge will the grant replace?");

    // The same article again is the same article and job.
    JsonNode again =
        expect(
            c.postJson("/api/v1/articles", "{\"text\":\"" + text + "\"}", server.editorToken),
            202,
            "Submitted");
    assertThat(again.path("duplicate").asBoolean()).isTrue();
    assertThat(again.path("articleId").asLong()).isEqualTo(submitted.path("articleId").asLong());
  }

  @Test
  void anAttemptIsMarkedWithAnswersExplanationsAndEvidence() {
    WebClient c = new WebClient(server);
    long quizId = tree(c.get("/api/v1/briefings/" + published).body()).path("quizId").asLong();
    JsonNode quiz = tree(c.get("/api/v1/quizzes/" + quizId).body());
    String first = quiz.path("questions").get(0).path("id").asText();
    String body = "{\"answers\":{\"" + first + "\":0},\"readerId\":\"api-test-reader\"}";
    expect(c.postJson("/api/v1/quizzes/" + quizId + "/attempts", body, null), 401, "Problem");
    JsonNode result =
        expect(
            c.postJson("/api/v1/quizzes/" + quizId + "/attempts", body, server.readerToken),
            201,
            "AttemptResult");
    assertThat(result.path("max").asInt()).isEqualTo(quiz.path("questions").size());
    assertThat(result.path("items").get(0).path("sourceHref").asText()).contains("/article?from=");
    expect(
        c.postJson(
            "/api/v1/quizzes/" + quizId + "/attempts",
            "{\"answers\":{\"nope\":0}}",
            server.readerToken),
        400,
        "Problem");
    expect(
        c.postJson(
            "/api/v1/quizzes/" + quizId + "/attempts",
            "{\"answers\":{\"" + first + "\":9}}",
            server.readerToken),
        400,
        "Problem");
  }

  @Test
  void aReaderAnswersOnlyTheQuizOfAPublishedBriefingAndAnEditorAnyQuiz() {
    WebClient c = new WebClient(server);
    long draft = server.brief(TestServer.resource("/demo/03-county-election-audit.md"));
    long quizId =
        tree(c.getJson("/api/v1/briefings/" + draft, server.editorToken).body())
            .path("quizId")
            .asLong();
    String first =
        tree(c.getJson("/api/v1/quizzes/" + quizId, server.editorToken).body())
            .path("questions")
            .get(0)
            .path("id")
            .asText();
    String body = "{\"answers\":{\"" + first + "\":0}}";
    expect(
        c.postJson("/api/v1/quizzes/" + quizId + "/attempts", body, server.readerToken),
        404,
        "Problem");
    expect(
        c.postJson("/api/v1/quizzes/" + quizId + "/attempts", body, server.editorToken),
        201,
        "AttemptResult");
    expect(
        c.postJson("/api/v1/quizzes/" + (quizId + 1000) + "/attempts", body, server.readerToken),
        404,
        "Problem");
  }

  @Test
  void theAttemptsLocationIsTheStoredAttemptForItsTokenOnly() {
    WebClient c = new WebClient(server);
    long quizId = tree(c.get("/api/v1/briefings/" + published).body()).path("quizId").asLong();
    JsonNode quiz = tree(c.get("/api/v1/quizzes/" + quizId).body());
    String first = quiz.path("questions").get(0).path("id").asText();
    HttpResponse<String> posted =
        c.postJson(
            "/api/v1/quizzes/" + quizId + "/attempts",
            "{\"answers\":{\"" + first + "\":1}}",
            server.readerToken);
    JsonNode result = expect(posted, 201, "AttemptResult");
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .isEqualTo("/api/v1/quizzes/" + quizId + "/attempts/" + result.path("attemptId").asLong());
    JsonNode stored = expect(c.getJson(location, server.readerToken), 200, "AttemptResult");
    assertThat(stored.path("attemptId").asLong()).isEqualTo(result.path("attemptId").asLong());
    assertThat(stored.path("score").asInt()).isEqualTo(result.path("score").asInt());
    assertThat(stored.path("items").get(0).path("chosen").asInt()).isEqualTo(1);
    expect(c.getJson(location, server.editorToken), 200, "AttemptResult");
    expect(c.getJson(location, null), 401, "Problem");
    expect(c.getJson(location + "0", server.readerToken), 404, "Problem");
  }

  @Test
  void aWrongMethodIsA405ThatNamesTheAllowedOnes() {
    WebClient c = new WebClient(server);
    HttpResponse<String> r =
        c.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url("/api/v1/briefings")))
                .DELETE());
    JsonNode problem = expect(r, 405, "Problem");
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(problem.path("detail").asText()).contains("allows GET, HEAD");
  }

  @Test
  void problemDetailsNeverNameJavaTypes() {
    WebClient c = new WebClient(server);
    long quizId = tree(c.get("/api/v1/briefings/" + published).body()).path("quizId").asLong();
    for (String body :
        List.of(
            "{\"answers\":{\"q\":\"abc\"}}",
            "{\"answers\":[1,2]}",
            "{\"answers\":{\"q\":0},\"readerId\":{\"a\":1}}",
            "[]")) {
      JsonNode problem =
          expect(
              c.postJson("/api/v1/quizzes/" + quizId + "/attempts", body, server.readerToken),
              400,
              "Problem");
      assertThat(problem.path("detail").asText())
          .as(body)
          .doesNotContain("java.")
          .doesNotContain("`")
          .doesNotContain("civicbrief.")
          .doesNotContain("$");
    }
  }

  @Test
  void badRequestsGetAProblemThatSaysWhatIsWrong() {
    WebClient c = new WebClient(server);
    JsonNode notJson =
        expect(c.postJson("/api/v1/articles", "{text: oops", server.editorToken), 400, "Problem");
    assertThat(notJson.path("detail").asText()).startsWith("The request body is not valid JSON");
    JsonNode unknown =
        expect(
            c.postJson("/api/v1/articles", "{\"body\":\"x\"}", server.editorToken), 400, "Problem");
    assertThat(unknown.path("detail").asText()).contains("body");
    expect(
        c.postJson(
            "/api/v1/articles",
            "{\"text\":\"x\",\"url\":\"https://example.org/\"}",
            server.editorToken),
        400,
        "Problem");
    JsonNode tooShort =
        expect(
            c.postJson("/api/v1/articles", "{\"text\":\"Too short.\"}", server.editorToken),
            422,
            "Problem");
    assertThat(tooShort.path("detail").asText()).contains("too short");
    HttpResponse<String> form =
        c.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/articles")))
                .header("Authorization", "Bearer " + server.editorToken)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
    expect(form, 415, "Problem");
    JsonNode missing = expect(c.get("/api/v1/nothing-here"), 404, "Problem");
    assertThat(missing.path("instance").asText()).isEqualTo("/api/v1/nothing-here");
  }
}
