package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the newest article of a story changes in what the earlier ones said.
 *
 * @param articleId the newest article (by publication date, then arrival)
 * @param published its publication date, if known
 * @param comparedWith the earlier articles it was compared with
 * @param changes the changes: reversals first, then changed numbers, new facts and new actors
 */
public record WhatChanged(
    String articleId,
    Optional<LocalDate> published,
    List<String> comparedWith,
    List<Change> changes) {

  public WhatChanged {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(published, "published");
    comparedWith = List.copyOf(comparedWith);
    changes = List.copyOf(changes);
  }
}
