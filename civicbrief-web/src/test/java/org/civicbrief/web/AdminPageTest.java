package org.civicbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins manage accounts and API tokens while the server runs; nobody else may. */
class AdminPageTest {

  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anAdminCreatesAnAccountIssuesATokenOnceAndRevokesIt() {
    WebClient admin = new WebClient(server).signIn(TestServer.ADMIN);
    String page = admin.get("/admin").body();
    HttpResponse<String> created =
        admin.post(
            "/admin/users",
            Map.of(
                "csrf", WebClient.csrf(page),
                "username", "Newsroom-Bot",
                "password", "a very long bot password",
                "role", "editor"));
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.body()).contains("Created the account newsroom-bot.");

    HttpResponse<String> issued =
        admin.post(
            "/admin/tokens",
            Map.of("csrf", WebClient.csrf(page), "username", "newsroom-bot", "label", "importer"));
    assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
    Matcher secret = Pattern.compile("value=\"(cb_[A-Za-z0-9_-]+)\"").matcher(issued.body());
    assertThat(secret.find()).isTrue();
    String token = secret.group(1);
    assertThat(admin.get("/admin").body()).doesNotContain(token).contains("importer");
    assertThat(new WebClient(server).getJson("/api/v1/articles", token).statusCode())
        .isEqualTo(200);

    Matcher revoke =
        Pattern.compile(
                "/admin/tokens/(\\d+)/revoke\"(?:(?!/admin/tokens/).)*?importer", Pattern.DOTALL)
            .matcher(issued.body());
    assertThat(revoke.find()).isTrue();
    HttpResponse<String> revoked =
        admin.post(
            "/admin/tokens/" + revoke.group(1) + "/revoke", Map.of("csrf", WebClient.csrf(page)));
    assertThat(revoked.body()).contains("Revoked token");
    assertThat(new WebClient(server).getJson("/api/v1/articles", token).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aWeakPasswordOrATakenNameIsRefusedWithAReason() {
    WebClient admin = new WebClient(server).signIn(TestServer.ADMIN);
    String csrf = WebClient.csrf(admin.get("/admin").body());
    HttpResponse<String> weak =
        admin.post(
            "/admin/users",
            Map.of("csrf", csrf, "username", "shorty", "password", "short", "role", "editor"));
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(weak.body()).contains("A password needs at least 12 characters.");
    HttpResponse<String> taken =
        admin.post(
            "/admin/users",
            Map.of(
                "csrf",
                csrf,
                "username",
                TestServer.EDITOR,
                "password",
                "another long password",
                "role",
                "editor"));
    assertThat(taken.body()).contains("User name editor is taken.");
  }

  @Test
  void anEditorIsNotAnAdmin() {
    WebClient editor = new WebClient(server).signIn();
    assertThat(editor.get("/admin").statusCode()).isEqualTo(403);
    String csrf = WebClient.csrf(editor.get("/editor").body());
    assertThat(
            editor
                .post("/admin/tokens", Map.of("csrf", csrf, "username", TestServer.EDITOR))
                .statusCode())
        .isEqualTo(403);
  }
}
