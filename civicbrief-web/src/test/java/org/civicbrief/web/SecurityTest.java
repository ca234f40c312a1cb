package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.web.auth.Passwords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's defences: escaping, headers, cookies, CSRF, roles, sign-in and size limits. */
class SecurityTest {

  @TempDir static Path data;
  static TestServer server;
  static long hostile;
  static long plain;

  static final String HOSTILE =
      "Budget Hearing <script>alert(1)</script> Ends\n\n"
          + "The county board heard \"><img src=x onerror=alert(2)> from a resident on Monday and"
          + " voted 5 to 2 to approve the budget of 12 million dollars after a long hearing that"
          + " ran past midnight in the county building downtown.\n\n"
          + "“We listened to every speaker,” said Chair Lena Ortiz. The board will meet again on"
          + " March 3, 2026 to hear 4 more requests <b>from</b> departments.";

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    hostile = server.publish(HOSTILE);
    plain = server.publish(TestServer.resource("/demo/03-county-election-audit.md"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void markupFromAnArticleIsEscapedOnEveryPageAndInStructuredData() {
    WebClient c = new WebClient(server);
    for (String path :
        List.of("/briefings/" + hostile, "/briefings/" + hostile + "/article", "/", "/feed.atom")) {
      String body = c.get(path).body();
      assertThat(body).as(path).doesNotContain("<script>alert", "<img src=x", "<b>from</b>");
    }
    String page = c.get("/briefings/" + hostile).body();
    assertThat(page).contains("Budget Hearing &lt;script&gt;alert(1)&lt;/script&gt; Ends");
    Matcher ld =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(page);
    assertThat(ld.find()).isTrue();
    assertThat(ld.group(1)).contains("\\u003cscript\\u003e").doesNotContain("<");
    String article = c.get("/briefings/" + hostile + "/article").body();
    assertThat(article).contains("\"&gt;&lt;img src=x onerror=alert(2)&gt;");
    String search = c.get("/search?q=%3Cscript%3Ealert").body();
    assertThat(search).doesNotContain("<script>alert");
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicyAndNoServerBanner() {
    HttpResponse<String> r = new WebClient(server).get("/briefings/" + plain);
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp)
        .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Server")).isEmpty();
    assertThat(r.body()).doesNotContain("style=\"", "onclick", "<style");
    HttpResponse<String> api = new WebClient(server).get("/api/v1/briefings");
    assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void sessionAndVisitorCookiesAreHttpOnlyAndSameSite() {
    WebClient c = new WebClient(server);
    HttpResponse<String> login = c.get("/login");
    String visitor = cookie(login, "cb_visitor");
    assertThat(visitor).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", WebClient.csrf(login.body()));
    form.put("username", TestServer.EDITOR);
    form.put("password", TestServer.PASSWORD);
    form.put("next", "//evil.example/steal");
    HttpResponse<String> signedIn = c.post("/login", form);
    assertThat(signedIn.statusCode()).isEqualTo(303);
    // Only paths on this site are followed after sign-in.
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/editor");
    assertThat(cookie(signedIn, "cb_session")).contains("HttpOnly").contains("SameSite=Lax");
    assertThat(c.get("/editor").statusCode()).isEqualTo(200);
    String desk = c.get("/editor").body();
    assertThat(c.post("/logout", Map.of("csrf", WebClient.csrf(desk))).statusCode()).isEqualTo(303);
    assertThat(c.get("/editor").statusCode()).isEqualTo(302);
  }

  private static String cookie(HttpResponse<String> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(h -> h.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + r.headers()));
  }

  @Test
  void formsWithoutTheirCsrfTokenAreRefused() {
    WebClient reader = new WebClient(server);
    String quiz = reader.get("/briefings/" + plain + "/quiz").body();
    HttpResponse<String> missing =
        reader.post("/briefings/" + plain + "/quiz", Map.of("quiz", "1"));
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(missing.body()).contains("This form has expired or did not come from this site");
    // A token from another browser is no good either.
    WebClient other = new WebClient(server);
    String foreign = WebClient.csrf(other.get("/briefings/" + plain + "/quiz").body());
    assertThat(reader.post("/briefings/" + plain + "/quiz", Map.of("csrf", foreign)).statusCode())
        .isEqualTo(403);
    assertThat(WebClient.csrf(quiz)).isNotEqualTo(foreign);

    WebClient editor = new WebClient(server).signIn();
    HttpResponse<String> review =
        editor.post("/editor/briefings/" + plain + "/review", Map.of("to", "unpublished"));
    assertThat(review.statusCode()).isEqualTo(403);
    assertThat(server.store.briefings().find(plain).orElseThrow().state().code())
        .isEqualTo("published");
  }

  @Test
  void editorPagesNeedAnEditorSignedIn() {
    WebClient anonymous = new WebClient(server);
    HttpResponse<String> desk = anonymous.get("/editor/submit");
    assertThat(desk.statusCode()).isEqualTo(302);
    assertThat(desk.headers().firstValue("Location")).hasValue("/login?next=%2Feditor%2Fsubmit");
    String token = WebClient.csrf(anonymous.get("/login").body());
    HttpResponse<String> post =
        anonymous.post(
            "/editor/briefings/" + plain + "/review", Map.of("csrf", token, "to", "unpublished"));
    assertThat(post.statusCode()).isEqualTo(401);
  }

  @Test
  void passwordsAreStoredAsArgon2idHashes() {
    String hash =
        server
            .store
            .users()
            .byUsername(TestServer.EDITOR)
            .orElseThrow()
            .passwordHash()
            .orElseThrow();
    assertThat(hash)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain(TestServer.PASSWORD);
    Passwords passwords = new Passwords();
    assertThat(passwords.verify(TestServer.PASSWORD.toCharArray(), Optional.of(hash))).isTrue();
    assertThat(passwords.verify("wrong password!".toCharArray(), Optional.of(hash))).isFalse();
    assertThat(passwords.verify(TestServer.PASSWORD.toCharArray(), Optional.empty())).isFalse();
    assertThat(Passwords.weakness("short".toCharArray())).isPresent();
  }

  @Test
  void oversizedAndUndeclaredBodiesAreRefusedBeforeTheyAreRead() {
    WebClient c = new WebClient(server);
    String csrf = WebClient.csrf(c.get("/briefings/" + plain + "/quiz").body());
    HttpResponse<String> big =
        c.post(
            "/briefings/" + plain + "/quiz", Map.of("csrf", csrf, "padding", "x".repeat(200_000)));
    assertThat(big.statusCode()).isEqualTo(413);
    HttpResponse<String> bigJson =
        c.postJson(
            "/api/v1/quizzes/1/attempts",
            "{\"answers\":{},\"pad\":\"" + "y".repeat(100_000) + "\"}",
            server.readerToken);
    assertThat(bigJson.statusCode()).isEqualTo(413);
    assertThat(bigJson.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    // The refused body was read and dropped, so the client read the 413 instead of a broken pipe,
    // and the connection carries the next request.
    assertThat(bigJson.headers().firstValue("Connection")).isEmpty();
    assertThat(c.get("/briefings/" + plain + "/quiz").statusCode()).isEqualTo(200);
    HttpResponse<String> chunked =
        c.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/articles")))
                .header("Authorization", "Bearer " + server.editorToken)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("{\"text\":\"x\"}".getBytes()))));
    assertThat(chunked.statusCode()).isEqualTo(411);
  }

  @Test
  void aReaderAccountCannotReachTheEditorPages() {
    var reader =
        server
            .store
            .users()
            .create(
                "plainreader",
                Optional.of(new Passwords().hash("reader password 123".toCharArray())),
                java.util.Set.of(org.civicbrief.store.user.Role.READER),
                org.civicbrief.store.audit.Principal.system("test"));
    assertThat(reader.isOk()).isTrue();
    WebClient c = new WebClient(server);
    String token = WebClient.csrf(c.get("/login").body());
    assertThat(
            c.post(
                    "/login",
                    Map.of(
                        "csrf",
                        token,
                        "username",
                        "plainreader",
                        "password",
                        "reader password 123",
                        "next",
                        "/editor"))
                .statusCode())
        .isEqualTo(303);
    HttpResponse<String> desk = c.get("/editor");
    assertThat(desk.statusCode()).isEqualTo(403);
    assertThat(desk.body()).contains("may not do this");
  }
}
