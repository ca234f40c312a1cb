package org.civicbrief.core.article;

import org.civicbrief.core.common.Outcome;

/** The stage that turns raw bytes into an article: extraction, cleaning and input checks. */
@FunctionalInterface
public interface ReadArticle {

  /** Reads one document; bad input is a skipped or failed outcome with a one-line reason. */
  Outcome<Article> read(RawDocument document);
}
