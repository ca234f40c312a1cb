package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * A Spanish article written for the project in which three people act on one Tuesday (a mayor
 * closes a bridge, a councillor appeals, a judge refuses to suspend the closure) and the mayor's
 * act is told twice: R-es4's timelines of one lead sentence, the body's events of that day left
 * out.
 */
class SpanishSameDayEventsTest {

  // Published on a Thursday: "el martes" is the 13th.
  private static final Briefing BRIEFING =
      SharedPipeline.pipeline()
          .brief(SharedPipeline.article("/fixtures/es-puente-colgante.txt", "2025-05-15"))
          .briefing();

  @Test
  void eachDoerOfADayTheArticleNamesByItsWeekdayHasItsOwnTimelineEntry() {
    assertThat(BRIEFING.timeline())
        .filteredOn(e -> e.date().equals("2025-05-13"))
        .extracting(TimelineEvent::text)
        .anyMatch(t -> t.contains("Inés Vidal, ordenó"))
        .anyMatch(t -> t.contains("Martín Sáez presentó"))
        .anyMatch(t -> t.contains("rechazó este mismo martes"));
  }

  @Test
  void oneDoersActToldTwiceOnTheSameWeekdayIsOneEntry() {
    // "Vidal explicó el martes …" retells the mayor's closure of that day.
    assertThat(BRIEFING.timeline())
        .extracting(TimelineEvent::text)
        .noneMatch(t -> t.startsWith("Vidal explicó"));
  }
}
