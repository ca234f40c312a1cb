package org.civicbrief.app.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.url.FetchUrl;
import org.civicbrief.store.article.Submission;
import org.civicbrief.web.port.ArticleInput;
import org.civicbrief.web.port.ReadSubmission;

/**
 * Reads what editors submit with the ingest module: pasted text as plain text or Markdown, links
 * through the fetcher and its address guard (never as a path on this machine), uploads as the
 * documents they are.
 */
public final class IngestSubmissions implements ReadSubmission {

  private final Ingest ingest;
  private final FetchUrl fetch;

  /** Submissions read by {@code ingest}, links fetched with its settings. */
  public IngestSubmissions(Ingest ingest) {
    this.ingest = ingest;
    this.fetch = new FetchUrl(ingest.config());
  }

  @Override
  public Outcome<Submission> read(ArticleInput input) {
    Outcome<RawDocument> raw =
        switch (input) {
          case ArticleInput.Pasted p -> Outcome.ok(pasted(p));
          case ArticleInput.Link l -> link(l.url());
          case ArticleInput.Upload u ->
              Outcome.ok(
                  new RawDocument(
                      "upload:" + u.filename(),
                      u.mediaType().filter(t -> !t.isBlank()),
                      Optional.empty(),
                      u.content()));
        };
    return raw.flatMap(
        doc ->
            ingest
                .read(doc)
                .map(a -> input.published().map(a::withPublished).orElse(a))
                .map(a -> submission(a, doc, input)));
  }

  private static Submission submission(Article article, RawDocument doc, ArticleInput input) {
    // Pasted text is its own original; fetched pages and uploads are kept as they came.
    return input instanceof ArticleInput.Pasted
        ? Submission.of(article)
        : new Submission(article, Optional.of(doc));
  }

  private Outcome<RawDocument> link(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
      return Outcome.failed("only http and https addresses can be fetched");
    }
    return fetch.fetch(u);
  }

  private static RawDocument pasted(ArticleInput.Pasted p) {
    String text = p.text().replace("\r\n", "\n");
    boolean markdown = text.startsWith("---\n");
    if (p.title().isPresent() && !text.strip().startsWith(p.title().get().strip())) {
      // The headline goes first, where the text reader looks for it.
      text = p.title().get().strip() + "\n\n" + text;
    }
    return new RawDocument(
        "pasted",
        Optional.of(markdown ? "text/markdown" : "text/plain"),
        Optional.of("UTF-8"),
        text.getBytes(StandardCharsets.UTF_8));
  }
}
