package org.civicbrief.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.pipeline.BriefRecord;

/** Reads one SOURCE argument and briefs it: what {@code brief} and {@code quiz} have in common. */
final class BriefSource {

  private final Civicbrief root;
  private final BriefRecord pipeline;
  private long readNanos;

  BriefSource(Civicbrief root, BriefRecord pipeline) {
    this.root = root;
    this.pipeline = pipeline;
  }

  /** Reads {@code source} (a path, URL or {@code -}); {@code published} may be null. */
  Timed brief(String source, String published) {
    if (source == null) {
      throw new UserError("missing SOURCE: a file, an http(s) URL, or - for standard input", 2);
    }
    long t0 = System.nanoTime();
    Outcome<Article> read = pipeline.ingest().read(source, root.in);
    if (!read.isOk()) {
      throw new UserError(source + ": " + read.reason(), Civicbrief.BAD_INPUT);
    }
    Article article = read.value();
    if (published != null) {
      article = article.withPublished(parseDate(published));
    }
    readNanos = System.nanoTime() - t0;
    return pipeline.brief(article);
  }

  /** How long reading the source took. */
  long readNanos() {
    return readNanos;
  }

  private static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new UserError("--published must be a date like 2025-03-12, got '" + s + "'", 2);
    }
  }
}
