package org.civicbrief.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * A Spanish quiz asks a card as it read on the article's date, as the English one does: a story
 * written before a vote is not asked what the measure did once approved
 * (quiz/es-proposicion-antes.txt, a Spanish story written for the project).
 */
class SpanishCardAsOfTest {

  @Test
  void aMeasureBeforeItsVoteIsNotAskedAsInForce() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/quiz/es-proposicion-antes.txt", "2025-10-01"))
            .briefing();
    assertThat(b.quiz().questions())
        .filteredOn(q -> q.background())
        .noneMatch(q -> q.tests().equals("concepts/california-proposition-50"));
  }

  @Test
  void afterTheVoteItIsAsked() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/quiz/es-proposicion-antes.txt", "2025-11-20"))
            .briefing();
    assertThat(b.quiz().questions())
        .anyMatch(q -> q.background() && q.tests().equals("concepts/california-proposition-50"));
  }
}
