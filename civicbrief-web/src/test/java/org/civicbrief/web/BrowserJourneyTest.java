package org.civicbrief.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader and an editor in a real browser (headless Chromium): the reader opens a briefing,
 * follows its evidence and takes the quiz, with and without script; the editor signs in, submits an
 * article, reviews it and publishes it. Screenshots go to {@code target/screenshots}.
 */
class BrowserJourneyTest {

  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path data;
  static TestServer server;
  static Chromium chromium;
  static long budget;
  BrowserContext context;
  Page page;

  @BeforeAll
  static void start() {
    chromium = Chromium.launch();
    server = TestServer.start(data);
    budget = server.publish(TestServer.resource("/demo/01-state-budget-standoff.md"));
    server.publish(TestServer.resource("/demo/02-council-zoning-vote.md"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void open() {
    context =
        chromium
            .browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 900));
    page = context.newPage();
  }

  @AfterEach
  void close() {
    context.close();
  }

  private void shot(Page p, String name) {
    p.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Test
  void aReaderOpensABriefingFollowsItsEvidenceAndTakesTheQuiz() {
    page.navigate(server.url("/"));
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Civic briefings")))
        .isVisible();
    shot(page, "01-home");

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName(Pattern.compile("North Calloway Lawmakers")))
        .click();
    assertThat(page.locator("h1#headline")).containsText("North Calloway Lawmakers");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Key actors")))
        .isVisible();
    shot(page, "02-briefing");

    Locator evidence = page.locator("#h-facts ~ ul a.chip.src").first();
    evidence.click();
    assertThat(page)
        .hasURL(Pattern.compile("/briefings/" + budget + "/article\\?from=\\d+&to=\\d+#ev"));
    assertThat(page.locator("mark#ev")).isVisible();
    assertThat(page.locator("mark#ev")).isInViewport();
    shot(page, "03-evidence");

    page.goBack();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the quiz")).click();
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Test your knowledge")))
        .isVisible();
    Locator groups = page.locator("fieldset[data-question]");
    int questions = groups.count();
    assertThat(questions).isGreaterThan(0);
    for (int i = 0; i < questions; i++) {
      groups.nth(i).locator("input[type=radio]").first().check();
      // With script, each answer is checked on the spot and explained.
      assertThat(groups.nth(i).locator(".feedback")).containsText("See it in the article");
    }
    assertThat(page.locator(".progress"))
        .containsText(questions + " of " + questions + " answered");
    shot(page, "04-quiz-answered");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my score")).click();
    assertThat(page.locator("h1#score"))
        .containsText(Pattern.compile("You scored \\d+ of " + questions));
    shot(page, "05-score");
  }

  @Test
  void theQuizWorksWithoutScriptAndByKeyboard() {
    BrowserContext noScript =
        chromium
            .browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(false)
                    .setViewportSize(1280, 900));
    try {
      Page p = noScript.newPage();
      p.navigate(server.url("/briefings/" + budget + "/quiz"));
      Locator first = p.locator("fieldset[data-question] input[type=radio]").first();
      first.focus();
      // Arrow keys move within a radio group and choose; Tab leaves it.
      p.keyboard().press("ArrowDown");
      assertThat(p.locator("fieldset[data-question]").first().locator("input[type=radio]").nth(1))
          .isChecked();
      assertThat(p.locator("fieldset[data-question] .feedback").first()).isEmpty();
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my score")).focus();
      p.keyboard().press("Enter");
      assertThat(p.locator("h1#score")).containsText("You scored");
      assertThat(p.getByText("Not answered.").first()).isVisible();
      shot(p, "06-score-without-script");
    } finally {
      noScript.close();
    }
  }

  @Test
  void theFirstTabReachesTheSkipLinkAndTheBriefingReadsOnAPhone() {
    BrowserContext phone =
        chromium
            .browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setDeviceScaleFactor(2)
                    .setIsMobile(true));
    try {
      Page p = phone.newPage();
      p.navigate(server.url("/briefings/" + budget));
      p.keyboard().press("Tab");
      assertThat(p.locator(":focus")).hasText("Skip to the content");
      Object overflow =
          p.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertThat(overflow).isEqualTo(false);
      shot(p, "07-briefing-phone");
    } finally {
      phone.close();
    }
  }

  @Test
  void anEditorSignsInSubmitsAnArticleReviewsItAndPublishesIt() {
    page.navigate(server.url("/editor"));
    assertThat(page).hasURL(Pattern.compile("/login\\?next="));
    page.getByLabel("User name").fill(TestServer.EDITOR);
    page.getByLabel("Password").fill(TestServer.PASSWORD);
    shot(page, "10-login");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Editor's desk")))
        .isVisible();
    shot(page, "11-desk");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submit an article")).click();
    String article = TestServer.resource("/demo/04-school-board-civics.md");
    String body = article.substring(article.indexOf("\n---\n") + 5).strip();
    page.getByLabel("Headline")
        .fill("Millbrook School Board Adopts Required Civics Course in 4-3 Vote");
    page.getByLabel("Article text").fill(body);
    page.locator("#published-text").fill("2026-04-15");
    shot(page, "12-submit");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the text")).click();
    assertThat(page).hasURL(Pattern.compile("/editor/jobs/\\d+"));

    // The job page reloads itself until the job is done, then links to the review.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review the briefing"))
        .click();
    assertThat(page.locator("#review-state")).hasText("draft");
    assertThat(page.locator(".preview h1")).containsText("Millbrook School Board");

    Locator firstQuestion = page.locator(".review-questions li[id^=question-]").first();
    firstQuestion.getByLabel("Reject").check();
    firstQuestion
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save verdict"))
        .click();
    assertThat(page.locator(".notice")).containsText("verdict is saved");
    assertThat(page.locator(".review-questions li[id^=question-]").first().locator(".verdict"))
        .containsText("rejected by editor");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
    assertThat(page.locator("#review-state")).hasText("approved");
    shot(page, "13-review-approved");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
    assertThat(page.locator("#review-state")).hasText("published");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See it as readers do"))
        .click();
    assertThat(page.locator("h1#headline")).containsText("Millbrook School Board");
    shot(page, "14-published");
    page.navigate(server.url("/"));
    assertThat(
            page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("Millbrook School Board"))))
        .isVisible();
  }

  /** Checks in the page that a screen reader and a keyboard user can find their way. */
  private static final String AUDIT =
      """
      () => {
        const problems = [];
        if (!document.documentElement.lang) problems.push('no lang');
        if (document.querySelectorAll('h1').length !== 1) problems.push('h1 count ' + document.querySelectorAll('h1').length);
        let last = 0;
        for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
          const level = Number(h.tagName[1]);
          if (level > last + 1) problems.push('heading jumps to ' + h.tagName + ': ' + h.textContent.trim().slice(0, 40));
          last = level;
        }
        for (const c of document.querySelectorAll('input:not([type=hidden]),select,textarea')) {
          if (c.labels.length === 0 && !c.getAttribute('aria-label')) problems.push('unlabelled ' + (c.name || c.id));
        }
        for (const a of document.querySelectorAll('a')) {
          if (!a.textContent.trim() && !a.getAttribute('aria-label')) problems.push('empty link ' + a.href);
        }
        for (const b of document.querySelectorAll('button')) {
          if (!b.textContent.trim()) problems.push('empty button');
        }
        if (!document.querySelector('main')) problems.push('no main landmark');
        const ids = Array.from(document.querySelectorAll('[id]')).map(e => e.id);
        if (new Set(ids).size !== ids.length) problems.push('duplicate ids');
        return problems;
      }
      """;

  @Test
  void everyPageHasLandmarksHeadingsInOrderAndLabelledControls() {
    java.util.List<String> paths =
        java.util.List.of(
            "/",
            "/briefings/" + budget,
            "/briefings/" + budget + "/article",
            "/briefings/" + budget + "/quiz",
            "/search?q=budget",
            "/login",
            "/api-not-here");
    for (String path : paths) {
      page.navigate(server.url(path));
      assertThat(page.evaluate(AUDIT)).as(path).isEqualTo(java.util.List.of());
    }
    page.navigate(server.url("/login?next=/editor"));
    page.getByLabel("User name").fill(TestServer.EDITOR);
    page.getByLabel("Password").fill(TestServer.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    for (String path :
        java.util.List.of("/editor", "/editor/submit", "/editor/briefings/" + budget)) {
      page.navigate(server.url(path));
      assertThat(page.evaluate(AUDIT)).as(path).isEqualTo(java.util.List.of());
    }
  }

  @Test
  void textFromAnArticleIsShownAsTextNeverRun() {
    String hostile =
        "Council Hears <script>window.pwned=1</script> Plan\n\n"
            + "The council met on Monday. A speaker read \"><img src=x onerror=\"window.pwned=2\"> aloud"
            + " to the council and asked for 3 changes to the plan, which the clerk recorded in"
            + " the minutes of the meeting held at city hall on Monday evening.\n\n"
            + "Council member Ana Ruiz said the plan would be voted on next month after 12 more"
            + " hearings with residents of every district.";
    long id = server.publish(hostile);
    page.navigate(server.url("/briefings/" + id));
    assertThat(page.locator("h1#headline")).containsText("<script>window.pwned=1</script>");
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
    page.navigate(server.url("/briefings/" + id + "/article"));
    assertThat(page.locator(".article-text")).containsText("\"><img src=x onerror=");
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
    assertThat(page.locator(".article-text img")).hasCount(0);
    shot(page, "15-escaped");
  }

  @Test
  void aReaderFollowsAStoryFromTheFrontPageAndItsPagesPassTheAudit() {
    long article = server.store.briefings().find(budget).orElseThrow().articleId();
    if (server.store.stories().storyOf(article).isEmpty()) {
      server
          .store
          .stories()
          .record(
              new org.civicbrief.core.story.Assignment(
                  String.valueOf(article), 1, true, 0, java.util.List.of(), 0, 0),
              new org.civicbrief.core.story.StoryFeatures(
                  String.valueOf(article),
                  new float[] {1, 0},
                  java.util.Map.of("budget", 1f),
                  java.util.Map.of(),
                  java.util.Map.of(),
                  java.util.Map.of(),
                  java.util.Optional.empty()));
    }
    page.navigate(server.url("/"));
    page.locator("section[aria-labelledby=h-stories] a").first().click();

    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/stories/1$"));
    assertThat(page.locator("h2#h-timeline")).isVisible();
    assertThat(page.locator("h2#h-articles")).isVisible();
    shot(page, "story");
    assertThat(page.evaluate(AUDIT)).as("/stories/1").isEqualTo(java.util.List.of());
    page.navigate(server.url("/login?next=/editor/feeds"));
    page.getByLabel("User name").fill(TestServer.EDITOR);
    page.getByLabel("Password").fill(TestServer.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.getByLabel("Feed address").fill("https://ledger.example/browser-feed.xml");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
    assertThat(page.locator("table.feeds")).containsText("https://ledger.example/browser-feed.xml");
    assertThat(page.evaluate(AUDIT)).as("/editor/feeds").isEqualTo(java.util.List.of());
  }
}
