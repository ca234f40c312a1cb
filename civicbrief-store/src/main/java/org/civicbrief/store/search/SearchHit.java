package org.civicbrief.store.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One published briefing that matched.
 *
 * @param briefingId the briefing
 * @param articleId its article
 * @param headline the headline, plain text
 * @param date the article's publication date, or the day the briefing was first published when the
 *     article has none (UTC); the date filters use this
 * @param actors the canonical names of the briefing's actors
 * @param snippet HTML: the matching passages with every match in {@code <mark>…</mark>} and all
 *     other text escaped, so it can be inserted into a page as is; the dek, escaped, when nothing
 *     in the summary, facts or text matched
 */
public record SearchHit(
    long briefingId,
    long articleId,
    String headline,
    LocalDate date,
    List<String> actors,
    String snippet) {

  public SearchHit {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(date, "date");
    actors = List.copyOf(actors);
    Objects.requireNonNull(snippet, "snippet");
  }
}
