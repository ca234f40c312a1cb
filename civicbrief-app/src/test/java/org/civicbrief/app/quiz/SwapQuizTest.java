package org.civicbrief.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A treaty story written for the project (quiz/swaps.txt) with the traps blind review R7 found: two
 * leaders whose titles name their countries, a president named once in passing, a 5-4 tally, the
 * writer's reading of a ruling ("amounts to a rebuke"), and a lead that other items name.
 */
class SwapQuizTest {

  private static final Pattern TALLY = Pattern.compile("\\d+-\\d+");

  private static Article article;
  private static List<Question> items;

  @BeforeAll
  static void brief() {
    article = SharedPipeline.article("/quiz/swaps.txt", "2025-06-04");
    items =
        SharedPipeline.pipeline().brief(article).briefing().quiz().questions().stream()
            .filter(q -> !q.background())
            .toList();
  }

  @Test
  void theLeadsCentralClaimIsTestedEvenWhenAnotherItemsKeyIsInIt() {
    assertThat(items).anyMatch(q -> q.stem().contains("signed a fishing agreement"));
  }

  @Test
  void aFalseStatementNeverNamesOnePersonTwiceNorPutsALeaderBehindAnotherCountrysTitle() {
    for (Question q : items) {
      assertThat(q.stem())
          .doesNotContain("Norwegian Prime Minister Karin Lund")
          .doesNotContain("Swedish Prime Minister Ola Tveit");
      assertThat(q.stem().split("Karin Lund", -1).length).as(q.stem()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void aPersonNamedOnceInPassingIsNoSwapAndATallyIsNeverChanged() {
    for (Question q : items) {
      if (q.kind() == QuestionKind.TRUE_FALSE && q.answer().equals("False")) {
        assertThat(q.stem()).doesNotContain("Harold Brenner").doesNotContain("Brenner");
      }
      Matcher t = TALLY.matcher(q.stem());
      while (t.find()) {
        assertThat(article.text()).as(q.stem()).contains(t.group());
      }
      assertThat(q.stem()).doesNotContain("_____-4").doesNotContain("5-_____");
    }
  }

  @Test
  void theWritersReadingOfARulingIsNoTrueOrFalseStatement() {
    assertThat(items).noneMatch(q -> q.stem().contains("amounts to a rebuke"));
  }
}
