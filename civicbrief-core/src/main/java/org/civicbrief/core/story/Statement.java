package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.briefing.Evidence;

/**
 * One side of a change: a statement of one article, with its date.
 *
 * @param articleId the article
 * @param outlet the outlet that published it
 * @param published its publication date, if known
 * @param text the statement
 * @param evidence where the statement stands in the article's text
 * @param value the number the change is about, as written ("1,500 troops"), for number changes
 */
public record Statement(
    String articleId,
    String outlet,
    Optional<LocalDate> published,
    String text,
    Evidence evidence,
    Optional<String> value) {

  public Statement {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(value, "value");
  }
}
