package org.civicbrief.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.IngestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetchUrlTest {

  private static final String PAGE = "<html><body><p>Council news.</p></body></html>";
  private static final IngestConfig LOCAL =
      IngestConfig.defaults().withAllowedHosts(Set.of("127.0.0.1"));

  private final LocalServer server = new LocalServer();

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static Outcome<RawDocument> fetch(IngestConfig config, String url) {
    return new FetchUrl(config).fetch(url);
  }

  @Test
  void refusesALoopbackAddressByDefaultAndNamesIt() {
    server.on("/story", LocalServer.page(200, "text/html", PAGE));
    Outcome<RawDocument> result = fetch(IngestConfig.defaults(), server.url("/story"));
    assertThat(result).isInstanceOf(Outcome.Failed.class);
    assertThat(result.reason())
        .isEqualTo(
            "refused to fetch from 127.0.0.1: 127.0.0.1 is a loopback address; add \"127.0.0.1\" to"
                + " ingest.allowedHosts to allow it");
  }

  @Test
  void fetchesFromAnAllowedHostWithTypeAndCharset() {
    server.on("/story", LocalServer.page(200, "text/html; charset=UTF-8", PAGE));
    RawDocument document = fetch(LOCAL, server.url("/story")).value();
    assertThat(new String(document.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(document.mediaType()).contains("text/html");
    assertThat(document.charset()).contains("UTF-8");
    assertThat(document.origin()).isEqualTo(server.url("/story"));
  }

  @Test
  void keepsTheUrlAfterRedirectsAsTheOrigin() {
    server
        .on("/old", LocalServer.redirect(301, "/middle"))
        .on("/middle", LocalServer.redirect(302, server.url("/new")))
        .on("/new", LocalServer.page(200, "text/html", PAGE));
    assertThat(fetch(LOCAL, server.url("/old")).value().origin()).isEqualTo(server.url("/new"));
  }

  @Test
  void refusesARedirectFromAnAllowedHostToAMetadataAddress() {
    server.on("/story", LocalServer.redirect(302, "http://169.254.169.254/latest/meta-data/"));
    assertThat(fetch(LOCAL, server.url("/story")).reason())
        .isEqualTo(
            "refused to follow the redirect to http://169.254.169.254/latest/meta-data/:"
                + " 169.254.169.254 is a cloud metadata address; add \"169.254.169.254\" to"
                + " ingest.allowedHosts to allow it");
  }

  @Test
  void refusesARedirectToAHostNameThatIsNotAllowedEvenOnTheSameMachine() {
    server.on("/story", LocalServer.redirect(307, "http://localhost:" + server.port() + "/x"));
    assertThat(fetch(LOCAL, server.url("/story")).reason())
        .startsWith("refused to follow the redirect to http://localhost:")
        .contains("it resolves to")
        .contains("a loopback address")
        .contains("add \"localhost\" to ingest.allowedHosts");
  }

  @Test
  void givesUpAfterTheRedirectCap() {
    server.on("/loop", LocalServer.redirect(302, "/loop"));
    assertThat(fetch(LOCAL.withMaxRedirects(3), server.url("/loop")).reason())
        .startsWith("too many redirects: gave up after 3 (ingest.maxRedirects)");
  }

  @Test
  void saysTheSiteAnsweredNotFound() {
    server.on("/gone", LocalServer.page(404, "text/html", "<h1>Nothing here</h1>"));
    assertThat(fetch(LOCAL, server.url("/gone")).reason())
        .isEqualTo("the site answered 404 Not Found");
  }

  @Test
  void saysAServerErrorPlainly() {
    server.on("/broken", LocalServer.page(503, "text/plain", "down"));
    assertThat(fetch(LOCAL, server.url("/broken")).reason())
        .isEqualTo("the site answered 503 Service Unavailable");
  }

  @Test
  void saysAPdfIsNotAnArticle() {
    server.on("/report.pdf", LocalServer.page(200, "application/pdf", "%PDF-1.7 ..."));
    assertThat(fetch(LOCAL, server.url("/report.pdf")).reason())
        .isEqualTo(
            "application/pdf is not an article; civicbrief reads HTML, plain text, Markdown and JSON");
  }

  @Test
  void saysAForbiddenPageThatAsksToSubscribeLooksLikeAPaywall() {
    server.on(
        "/premium",
        LocalServer.page(403, "text/html", "<p>Subscribe now to read the full story.</p>"));
    assertThat(fetch(LOCAL, server.url("/premium")).reason())
        .isEqualTo(
            "the site answered 403 Forbidden and the page looks like a paywall (it asks you to"
                + " subscribe or sign in)");
  }

  @Test
  void saysWhenTheSiteRefusesWithoutAPaywall() {
    server.on("/blocked", LocalServer.page(403, "text/html", "<p>Access denied.</p>"));
    assertThat(fetch(LOCAL, server.url("/blocked")).reason())
        .isEqualTo("the site refuses to serve this page (403 Forbidden)");
  }

  @Test
  void stopsReadingAtTheSizeCap() {
    server.on("/huge", LocalServer.endless(50L * 1024 * 1024));
    assertThat(fetch(LOCAL.withMaxBytes(64 * 1024), server.url("/huge")).reason())
        .isEqualTo(
            "the input is larger than the 64 KiB cap (ingest.maxBytes); raise ingest.maxBytes to"
                + " read it");
  }

  @Test
  void refusesADeclaredLengthOverTheCapBeforeReading() {
    server.on("/big", LocalServer.page(200, "text/html", "x".repeat(5000)));
    assertThat(fetch(LOCAL.withMaxBytes(1000), server.url("/big")).reason())
        .contains("larger than the 1000 bytes cap");
  }

  @Test
  void givesUpWhenTheSiteDoesNotAnswerInTime() {
    server.on("/slow", server.silent());
    IngestConfig impatient = LOCAL.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300));
    assertThat(fetch(impatient, server.url("/slow")).reason())
        .isEqualTo("the site did not answer within 300 ms (ingest.timeout)");
  }

  @Test
  void saysWhenNothingListensOnThePort() {
    int port = server.port();
    server.close();
    assertThat(fetch(LOCAL, "http://127.0.0.1:" + port + "/").reason())
        .isEqualTo("could not connect to 127.0.0.1:" + port + " (the connection was refused)");
  }

  @Test
  void saysWhenAHostNameDoesNotResolve() {
    HostResolver none =
        host -> {
          throw new UnknownHostException(host);
        };
    assertThat(
            new FetchUrl(IngestConfig.defaults(), none).fetch("https://no-such.example/a").reason())
        .isEqualTo("could not find the host no-such.example (DNS lookup failed)");
  }

  @Test
  void refusesAHostNameThatResolvesToAPrivateAddress() {
    HostResolver intranet =
        host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3})};
    assertThat(
            new FetchUrl(IngestConfig.defaults(), intranet)
                .fetch("https://wiki.corp.example/")
                .reason())
        .isEqualTo(
            "refused to fetch from wiki.corp.example: it resolves to 10.1.2.3, a private network"
                + " address; add \"wiki.corp.example\" to ingest.allowedHosts to allow it");
  }

  @Test
  void refusesTheGoogleMetadataHostByName() {
    assertThat(
            fetch(IngestConfig.defaults(), "http://metadata.google.internal/computeMetadata/v1/")
                .reason())
        .startsWith(
            "refused to fetch from metadata.google.internal: metadata.google.internal is a cloud metadata host");
  }

  @Test
  void fetchesOnlyHttpAndHttps() {
    assertThat(fetch(LOCAL, "ftp://127.0.0.1/file.txt").reason())
        .isEqualTo("only http and https URLs can be fetched: ftp://127.0.0.1/file.txt");
  }

  @Test
  void sendsTheConfiguredUserAgent() {
    server.on(
        "/agent",
        exchange ->
            LocalServer.page(200, "text/plain", exchange.getRequestHeaders().getFirst("User-Agent"))
                .handle(exchange));
    RawDocument document =
        fetch(LOCAL.withUserAgent("civicbrief-test/1"), server.url("/agent")).value();
    assertThat(new String(document.content(), StandardCharsets.UTF_8))
        .isEqualTo("civicbrief-test/1");
  }
}
