package org.civicbrief.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A county story written for the project (quiz/referents.txt): a state judge, a pronoun that opens
 * a sentence, a date without its year. Each was a question the quiz dropped or got wrong.
 */
class ReferentQuizTest {

  private static Article article;
  private static List<Question> items;

  @BeforeAll
  static void brief() {
    article = SharedPipeline.article("/quiz/referents.txt", "2025-10-20");
    items =
        SharedPipeline.pipeline().brief(article).briefing().quiz().questions().stream()
            .filter(q -> !q.background())
            .toList();
  }

  private static String body(Question q) {
    return q.stem().replaceFirst("^(True or false|Fill in the blank)( \\([^)]*\\))?: ", "");
  }

  @Test
  void aSentenceOpeningWithHeIsAskedWithThePersonTheSentenceBeforeNames() {
    assertThat(items).anyMatch(q -> body(q).startsWith("Dale Brandt told reporters"));
    assertThat(items).noneMatch(q -> body(q).matches("^(He|She|The judge) .*"));
  }

  @Test
  void aDateWrittenWithoutItsYearIsAskedAsTheArticleWritesIt() {
    // The hold's sentence names the judge a who-said item may have asked about already; then the
    // selection leaves it out as a give-away, and there is nothing here to check.
    java.util.Optional<Question> asked =
        items.stream().filter(i -> i.stem().contains("keeps the rule on hold until")).findFirst();
    if (asked.isEmpty()) {
      assertThat(items).anyMatch(i -> i.answer().equals("Marisol Okafor"));
      return;
    }
    Question q = asked.get();
    if (q.kind() == QuestionKind.FILL_IN_BLANK) {
      assertThat(q.answer()).isEqualTo("Nov. 14");
      assertThat(q.options()).allMatch(o -> o.matches("Nov\\. \\d{1,2}"));
      assertThat(q.options().stream().map(o -> Integer.parseInt(o.substring(5))).toList())
          .isSorted();
    } else {
      assertThat(q.stem()).containsPattern("until Nov\\. \\d{1,2},").doesNotContain("2025");
    }
  }

  @Test
  void aStateJudgeGetsNoFederalJudgesAsWrongAnswers() {
    for (Question q : items) {
      if (q.answer().equals("Marisol Okafor")) {
        assertThat(q.options()).allMatch(o -> article.text().contains(o));
      }
    }
  }
}
