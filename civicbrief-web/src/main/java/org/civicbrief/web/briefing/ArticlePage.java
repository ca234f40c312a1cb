package org.civicbrief.web.briefing;

import java.util.Objects;
import org.civicbrief.web.http.PageFrame;

/**
 * The page of the article behind a briefing.
 *
 * @param frame the page frame
 * @param article the article with its highlighted passage
 */
public record ArticlePage(PageFrame frame, ArticleView article) {

  public ArticlePage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(article, "article");
  }
}
