package org.civicbrief.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.civic.Category;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.quiz.Question;
import org.junit.jupiter.api.Test;

/**
 * Background questions ask about the rules a story turns on, never about an institution or an
 * office ("How many justices sit on the Court?" beside a ruling: R16 and R-es3 rejected most such
 * items), on the project's own articles, some of which name the Supreme Court and the Guard in
 * their leads.
 */
class BackgroundCardsTest {

  @Test
  void noBackgroundQuestionComesFromAnInstitutionOrAnOfficeCard() {
    int asked = 0;
    for (String name :
        List.of(
            "/fixtures/guard-deployment.txt",
            "/fixtures/harbor-ruling.txt",
            "/quiz/ruling.txt",
            "/quiz/referents.txt")) {
      Briefing b =
          SharedPipeline.pipeline().brief(SharedPipeline.article(name, "2025-06-03")).briefing();
      for (Question q : b.quiz().questions()) {
        if (!q.background()) {
          continue;
        }
        asked++;
        String id = q.tests().replaceFirst("^concepts/", "");
        for (ConceptMatch m : b.concepts()) {
          if (m.card().id().equals(id)) {
            assertThat(m.card().category())
                .as(q.stem())
                .isNotIn(Category.INSTITUTION, Category.OFFICE);
          }
        }
      }
    }
    assertThat(asked).isPositive();
  }

  @Test
  void noBackgroundQuestionAsksForAProceduralRuleOrATitleNumber() {
    // R18: "Which rule … governs preliminary injunctions?" (Rule 65) and "Which title of the Civil
    // Rights Act …?" were rejected as trivia; a reader learns what the rule does, not its number.
    int asked = 0;
    for (String name :
        List.of(
            "/quiz/restraining-order.txt", "/fixtures/shelter-appeal.txt", "/quiz/ruling.txt")) {
      Briefing b =
          SharedPipeline.pipeline().brief(SharedPipeline.article(name, "2025-06-03")).briefing();
      for (Question q : b.quiz().questions()) {
        if (q.background()) {
          asked++;
          assertThat(q.answer())
              .as(q.stem())
              .doesNotContainPattern("(?i)\\b(rule|title) [\\dIVXL]+\\b");
        }
      }
    }
    assertThat(asked).isPositive();
  }
}
