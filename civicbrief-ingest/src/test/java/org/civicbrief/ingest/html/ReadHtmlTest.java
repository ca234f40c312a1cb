package org.civicbrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.civicbrief.ingest.extract.Extraction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReadHtmlTest {

  private final ReadHtml read = new ReadHtml();

  static String fixture(String name) {
    try (InputStream in = ReadHtmlTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> paragraphs(Extraction extraction) {
    return List.of(extraction.text().split("\n\n"));
  }

  @Nested
  class NewsPageWithBoilerplate {

    private final Extraction page =
        read.read(fixture("news-with-boilerplate.html"), "news-with-boilerplate.html");

    @Test
    void takesTheTitleFromOpenGraphWithoutTheSiteName() {
      assertThat(page.title()).contains("Riverton council approves bus lanes on Mill Street");
      assertThat(page.titleInText()).isTrue();
      assertThat(page.text()).startsWith("Riverton council approves bus lanes on Mill Street\n\n");
    }

    @Test
    void readsBylinePublisherDatesCanonicalUrlAndLanguage() {
      assertThat(page.imprint().byline()).contains("Dana Whitlock");
      assertThat(page.imprint().publisher()).contains("The Riverton Ledger");
      assertThat(page.imprint().published()).contains(LocalDate.of(2031, 4, 14));
      assertThat(page.imprint().updated()).contains(LocalDate.of(2031, 4, 15));
      assertThat(page.imprint().canonicalUrl())
          .contains("https://ledger.example/2031/04/bus-lanes");
      assertThat(page.declaredLanguage()).contains("en");
    }

    @Test
    void keepsTheStoryParagraphsAndSubheadingInOrder() {
      assertThat(paragraphs(page))
          .containsExactly(
              "Riverton council approves bus lanes on Mill Street",
              "The Riverton city council voted 6 to 3 on Monday night to convert two lanes of Mill"
                  + " Street into dedicated bus lanes, a change that transit officials say will cut"
                  + " travel times on the city's busiest route by up to eight minutes.",
              "The plan, first proposed by the regional transit authority last autumn, will remove"
                  + " roughly 140 parking spaces between Front Avenue and the rail station."
                  + " Construction is expected to begin in July and to last about four months.",
              "Businesses split on parking",
              "Several shop owners on Mill Street told the council that losing parking would hurt"
                  + " their trade, while others said more frequent buses would bring more customers"
                  + " to the street than the spaces ever did.",
              "Council member Rosa Iqbal, who voted against the plan, said the city had not done"
                  + " enough to find replacement parking. \"We are asking small businesses to carry"
                  + " the cost of a decision they had little say in,\" she said.",
              "The transit authority will hold two public meetings in May to present the final"
                  + " design, including new shelters and signal changes at four intersections.");
    }

    @Test
    void dropsNavigationBannersAdsRelatedBoxesCommentsShareBarsAndCaptions() {
      assertThat(page.text())
          .doesNotContain("cookies")
          .doesNotContain("Politics")
          .doesNotContain("Advertisement")
          .doesNotContain("garden furniture")
          .doesNotContain("Transit authority names new director")
          .doesNotContain("newsletter")
          .doesNotContain("Share on")
          .doesNotContain("Photo by")
          .doesNotContain("number 4 bus")
          .doesNotContain("Five hikes")
          .doesNotContain("All rights reserved")
          .doesNotContain("Read more")
          .doesNotContain("By Dana");
    }
  }

  @Nested
  class PageWithJsonLd {

    private final Extraction page =
        read.read(fixture("jsonld-article.html"), "jsonld-article.html");

    @Test
    void readsHeadlineAuthorsPublisherAndDatesFromJsonLd() {
      assertThat(page.title()).contains("State auditor faults water board over contract records");
      assertThat(page.imprint().byline()).contains("Priya Natarajan and Tom Ellery");
      assertThat(page.imprint().publisher()).contains("Valley Courier");
      assertThat(page.imprint().published()).contains(LocalDate.of(2031, 2, 3));
      assertThat(page.imprint().updated()).contains(LocalDate.of(2031, 2, 4));
      assertThat(page.imprint().canonicalUrl())
          .contains("https://courier.example/news/water-board-audit");
      assertThat(page.looksPaywalled()).isFalse();
    }

    @Test
    void readsTheMarkedUpArticleBodyWithItsSubheading() {
      assertThat(paragraphs(page)).hasSize(6).element(3).isEqualTo("What the board said");
      assertThat(page.text()).doesNotContain("Published February 2");
    }

    @Test
    void collapsesLineBreaksInsideAParagraphToSingleSpaces() {
      assertThat(paragraphs(page).get(1))
          .startsWith(
              "The state auditor said on Tuesday that the Valley Water Board could not produce")
          .doesNotContain("\n")
          .doesNotContain("  ");
    }
  }

  @Nested
  class PageWithoutArticleElement {

    private final Extraction page =
        read.read(fixture("density-no-article.html"), "density-no-article.html");

    @Test
    void findsTheStoryByTextDensity() {
      assertThat(paragraphs(page))
          .hasSize(5)
          .first()
          .isEqualTo("Library hours to expand at three branches");
      assertThat(paragraphs(page).get(1))
          .startsWith("Three branches of the Northfield Public Library");
      assertThat(paragraphs(page).get(4)).endsWith("whether to keep them in next year's budget.");
    }

    @Test
    void takesTheTitleFromTheTitleElementWithoutTheSiteSuffix() {
      assertThat(page.title()).contains("Library hours to expand at three branches");
    }

    @Test
    void takesTheBylineFromTheBylineElementAndTheDateFromTime() {
      assertThat(page.imprint().byline()).contains("Marta Quince");
      assertThat(page.imprint().published()).contains(LocalDate.of(2031, 5, 20));
      assertThat(page.declaredLanguage()).isEmpty();
    }

    @Test
    void leavesOutLinkListsAroundTheStory() {
      assertThat(page.text())
          .doesNotContain("Most read")
          .doesNotContain("Obituaries")
          .doesNotContain("About us")
          .doesNotContain("By Marta");
    }
  }

  @Test
  void aPageWithPaywallMarkersSaysSo() {
    Extraction page =
        read.read(
            "<html><body><article><h1>Budget talks stall</h1><p>The first lines of the story.</p>"
                + "<div class=\"paywall-prompt\">Subscribe to continue reading.</div>"
                + "</article></body></html>",
            "https://paper.example/budget");
    assertThat(page.looksPaywalled()).isTrue();
    assertThat(page.text()).doesNotContain("Subscribe");
  }

  @Test
  void resolvesARelativeCanonicalLinkAgainstThePageUrl() {
    Extraction page =
        read.read(
            "<html><head><link rel=\"canonical\" href=\"/story/42\"></head><body><p>Text.</p></body></html>",
            "https://paper.example/story/42?utm_source=feed");
    assertThat(page.imprint().canonicalUrl()).contains("https://paper.example/story/42");
  }

  @Test
  void keepsLinkTextInsideAParagraphWhateverTheLinkIsStyled() {
    Extraction page =
        read.read(
            "<article><p><a class=\"meta-org\" href=\"/topic/acme\">Acme</a>'s sale to <span"
                + " class=\"ad-highlight\">Globex</span> was approved on Friday by the state's"
                + " utility board after two years of review.</p></article>",
            "-");
    assertThat(page.text())
        .isEqualTo(
            "Acme's sale to Globex was approved on Friday by the state's utility board after two"
                + " years of review.");
  }

  @Test
  void keepsListItemsAsParagraphs() {
    Extraction page =
        read.read(
            "<main><p>The budget includes three changes for the coming year, each approved by a"
                + " wide margin after a long debate in the council chamber on Tuesday night.</p>"
                + "<ul><li>Longer library hours</li><li>Two new bus routes</li></ul></main>",
            "-");
    assertThat(paragraphs(page)).endsWith("Longer library hours", "Two new bus routes");
  }

  @Test
  void usesTheJsonLdArticleBodyWhenScriptsBuildTheStory() {
    Extraction page =
        read.read(
            "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Pool reopens\", \"articleBody\": \"The town pool reopened"
                + " on Saturday after a two-year repair.\\nAbout four hundred swimmers came on the"
                + " first day, the parks department said.\"}</script></head>"
                + "<body><div id=\"app\">Loading...</div></body></html>",
            "-");
    assertThat(paragraphs(page))
        .containsExactly(
            "Pool reopens",
            "The town pool reopened on Saturday after a two-year repair.",
            "About four hundred swimmers came on the first day, the parks department said.");
  }

  @Test
  void aPageWithNoHeadlineHasNoTitleLine() {
    Extraction page = read.read("<p>Only a paragraph of text here.</p>", "-");
    assertThat(page.title()).isEmpty();
    assertThat(page.titleInText()).isFalse();
    assertThat(page.text()).isEqualTo("Only a paragraph of text here.");
  }
}
