package org.civicbrief.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.store.Store;
import org.civicbrief.store.article.StoredArticle;
import org.civicbrief.store.article.Submission;
import org.civicbrief.store.audit.Principal;

/**
 * The demo articles in {@code examples/demo} (built into the application): short wire stories
 * written for this project about fictional places inside real civic institutions. On a first run
 * they are submitted like any article, and their jobs publish them.
 */
public final class DemoArticles {

  /** The origin prefix of demo articles; their briefings are published without review. */
  public static final String ORIGIN = "demo:";

  static final List<String> FILES =
      List.of(
          "01-state-budget-standoff.md",
          "02-council-zoning-vote.md",
          "03-county-election-audit.md",
          "04-school-board-civics.md",
          "05-bridge-grant.md",
          // A later report of the first article's story, from another outlet, so a new user sees a
          // story that gathers two articles and what changed between them.
          "06-state-budget-shutdown.md");

  private final Ingest ingest;

  /** Demo articles read with {@code ingest}. */
  public DemoArticles(Ingest ingest) {
    this.ingest = ingest;
  }

  /** True for an article this class submitted. */
  public static boolean isDemo(StoredArticle article) {
    return article.article().origin().startsWith(ORIGIN);
  }

  /** Submits every demo article to {@code store}; returns the job ids. */
  public List<Long> submit(Store store) {
    List<Long> jobs = new ArrayList<>();
    for (String file : FILES) {
      RawDocument doc =
          new RawDocument(
              ORIGIN + file, Optional.of("text/markdown"), Optional.of("UTF-8"), bytes(file));
      Outcome<Long> job =
          ingest
              .read(doc)
              .flatMap(a -> store.articles().submit(Submission.of(a), Principal.system("demo")))
              .map(s -> s.jobId());
      if (!job.isOk()) {
        throw new IllegalStateException(
            "demo article " + file + " cannot be read: " + job.reason());
      }
      jobs.add(job.value());
    }
    return jobs;
  }

  private static byte[] bytes(String file) {
    try (InputStream in = DemoArticles.class.getResourceAsStream("demo/" + file)) {
      if (in == null) {
        throw new IllegalStateException("demo article " + file + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo article " + file, e);
    }
  }
}
