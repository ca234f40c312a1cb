package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * A Spanish article written for the project whose sentences lean on each other, name a date that is
 * not their event's and send a body that never acts: R-es2's defects, each a general rule.
 */
class SpanishLeanSectionsTest {

  private static final Briefing BRIEFING =
      SharedPipeline.pipeline()
          .brief(SharedPipeline.article("/fixtures/es-guardia-puerto.txt", "2025-09-03"))
          .briefing();

  @Test
  void noSummaryLineLeansOnASentenceTheReaderHasNotSeenOrOpensOnAQuote() {
    assertThat(BRIEFING.summary()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(BRIEFING.summary())
        .extracting(BriefItem::text)
        .noneMatch(t -> t.startsWith("La decisión"))
        .noneMatch(t -> t.startsWith("Esta enmienda"))
        .noneMatch(t -> t.contains("esa pausa"))
        .noneMatch(t -> t.startsWith("“"));
  }

  @Test
  void aSentenceWhoseSubjectIsInTheSentenceBeforeIsNoSummaryLineNorFact() {
    // "Cerraron 40 tiendas …": who closed them is said the sentence before.
    assertThat(BRIEFING.summary())
        .extracting(BriefItem::text)
        .noneMatch(t -> t.startsWith("Cerraron"));
    assertThat(BRIEFING.coreFacts())
        .extracting(BriefItem::text)
        .noneMatch(t -> t.startsWith("Cerraron"));
  }

  @Test
  void aDateThatNamesAThingOrAWeekIsNoTimelineEntry() {
    // "la orden del 5 de agosto" is the order's date, not the lawsuit's; "el censo de 2030" names
    // the census; "esta semana" is no day, and as August it would come before the 5th. "A partir
    // de 2026" dates a change.
    assertThat(BRIEFING.timeline())
        .extracting(TimelineEvent::date)
        .doesNotContain("2025-08-05", "2030", "2025-09")
        .contains("2025-09-02", "2026");
  }

  @Test
  void aBodyThatNeverActsIsNoKeyActor() {
    assertThat(BRIEFING.actors())
        .extracting(Actor::name)
        .contains("Marta Quiroga")
        .noneMatch(n -> n.startsWith("Guardia Nacional"));
  }
}
