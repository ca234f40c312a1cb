package org.civicbrief.core.pipeline;

import java.util.Objects;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.text.AnnotatedArticle;

/**
 * A briefed article: the briefing with its quiz, the annotations it was made from (which later
 * stages, such as story features, read instead of the text), and the time its stages took.
 *
 * @param briefing the briefing
 * @param annotated the article as annotated, with its recognized values
 * @param timings the stage times
 */
public record Timed(Briefing briefing, AnnotatedArticle annotated, StageTimings timings) {

  public Timed {
    Objects.requireNonNull(briefing, "briefing");
    Objects.requireNonNull(annotated, "annotated");
    Objects.requireNonNull(timings, "timings");
  }
}
