package org.civicbrief.core.pipeline;

import java.util.Objects;
import org.civicbrief.core.briefing.Briefing;

/**
 * A briefing with the time its stages took.
 *
 * @param briefing the briefing
 * @param timings the stage times
 */
public record Timed(Briefing briefing, StageTimings timings) {

  public Timed {
    Objects.requireNonNull(briefing, "briefing");
    Objects.requireNonNull(timings, "timings");
  }
}
