package org.civicbrief.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.store.article.Submission;
import org.civicbrief.web.port.ArticleInput;
import org.junit.jupiter.api.Test;

/** What editors submit, read by ingest: never a file on the server, never a private address. */
class IngestSubmissionsTest {

  private static final String TEXT =
      "Harbor Council Backs New Ferry Schedule\n\n"
          + "The Harbor City Council voted 7 to 2 on Monday to add two evening ferry runs between the"
          + " north terminal and Gull Island, starting in May. Mayor Lena Ortiz said the change would"
          + " cost about $240,000 a year and would be paid from the transit fund. Council member Omar"
          + " Reyes voted against the schedule, saying the city should first repair the north"
          + " terminal's boarding ramp, which has been closed twice this winter.";

  private final IngestSubmissions read = new IngestSubmissions(new Ingest(IngestConfig.defaults()));

  @Test
  void pastedTextBecomesAnArticleWithTheGivenTitleAndDate() {
    Outcome<Submission> s =
        read.read(
            new ArticleInput.Pasted(
                TEXT.substring(TEXT.indexOf("The Harbor")),
                Optional.of("Harbor Council Backs New Ferry Schedule"),
                Optional.of(LocalDate.of(2026, 3, 2))));
    assertThat(s.isOk()).as(s.reason()).isTrue();
    assertThat(s.value().article().title()).hasValue("Harbor Council Backs New Ferry Schedule");
    assertThat(s.value().article().published()).hasValue(LocalDate.of(2026, 3, 2));
    assertThat(s.value().raw()).isEmpty();
  }

  @Test
  void anUploadedPageKeepsItsBytes() {
    String html =
        "<html><head><title>Harbor Council Backs New Ferry Schedule</title></head><body><article>"
            + "<h1>Harbor Council Backs New Ferry Schedule</h1><p>"
            + TEXT.substring(TEXT.indexOf("The Harbor"))
            + "</p></article></body></html>";
    Outcome<Submission> s =
        read.read(
            new ArticleInput.Upload(
                "ferry.html",
                Optional.of("text/html"),
                html.getBytes(StandardCharsets.UTF_8),
                Optional.empty()));
    assertThat(s.isOk()).as(s.reason()).isTrue();
    assertThat(s.value().article().text()).contains("Gull Island");
    assertThat(s.value().raw()).isPresent();
  }

  @Test
  void aLinkIsOnlyEverFetchedOverHttpAndThroughTheAddressGuard() {
    for (String url : new String[] {"/etc/passwd", "file:///etc/passwd", "ftp://example.org/a"}) {
      Outcome<Submission> s = read.read(new ArticleInput.Link(url, Optional.empty()));
      assertThat(s.isOk()).as(url).isFalse();
      assertThat(s.reason()).contains("only http and https");
    }
    for (String url :
        new String[] {
          "http://127.0.0.1:9/article",
          "http://169.254.169.254/latest/meta-data/",
          "http://10.0.0.7/"
        }) {
      Outcome<Submission> s = read.read(new ArticleInput.Link(url, Optional.empty()));
      assertThat(s.isOk()).as(url).isFalse();
      assertThat(s.reason()).as(url).doesNotContain("only http");
    }
  }
}
