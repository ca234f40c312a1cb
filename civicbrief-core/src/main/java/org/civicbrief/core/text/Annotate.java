package org.civicbrief.core.text;

import org.civicbrief.core.article.Article;

/** The stage that adds linguistic annotation to an article. Implementations are thread-safe. */
@FunctionalInterface
public interface Annotate {

  /** Annotates one article. */
  AnnotatedArticle annotate(Article article);
}
