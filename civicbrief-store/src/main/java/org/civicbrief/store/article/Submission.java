package org.civicbrief.store.article;

import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.RawDocument;

/**
 * An article someone submitted, as read by the ingest stage.
 *
 * @param article the extracted text and metadata
 * @param raw the bytes as they arrived, when they differ from the text (HTML, a PDF later)
 */
public record Submission(Article article, Optional<RawDocument> raw) {

  public Submission {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(raw, "raw");
  }

  /** A submission of text alone. */
  public static Submission of(Article article) {
    return new Submission(article, Optional.empty());
  }
}
