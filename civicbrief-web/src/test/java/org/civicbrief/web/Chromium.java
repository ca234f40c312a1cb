package org.civicbrief.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, without Playwright's own browser download. Where there is
 * no Chromium the browser tests are skipped with a message, except in CI ({@code CI=true}), where
 * that is a failure: {@code .ci/run} installs it.
 */
final class Chromium implements AutoCloseable {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches headless Chromium, or skips (fails in CI) when it is not installed. */
  static Chromium launch() {
    if (!Files.isExecutable(EXECUTABLE)) {
      String message =
          "browser tests need Chromium at "
              + EXECUTABLE
              + " (apt-get install chromium); skipping them";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(message.replace("; skipping them", ", and this is CI"));
      }
      System.err.println("civicbrief-web: " + message);
      Assumptions.abort(message);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    return new Chromium(playwright, browser);
  }

  Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
