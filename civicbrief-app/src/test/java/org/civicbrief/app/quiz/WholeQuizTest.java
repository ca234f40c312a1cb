package org.civicbrief.app.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks a teacher makes of a whole quiz (REVIEW.md), on the quizzes of the project's own articles:
 * times anchored, one idea per statement, balanced keys, each fact once, the lead tested.
 */
class WholeQuizTest {

  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
              + "last week|this week|next week|last month)\\b");

  private static final List<List<Question>> QUIZZES = new ArrayList<>();

  @BeforeAll
  static void quizTheProjectsArticles() {
    for (String name :
        List.of(
            "/fixtures/guard-deployment.txt",
            "/fixtures/harbor-ruling.txt",
            "/stories/harlan-budget.txt",
            "/stories/port-alder-courier.txt",
            "/stories/port-alder-tribune.txt")) {
      Article article = SharedPipeline.article(name, "2025-06-03");
      QUIZZES.add(SharedPipeline.pipeline().brief(article).briefing().quiz().questions());
    }
  }

  private static List<Question> articleItems(List<Question> quiz) {
    return quiz.stream().filter(q -> !q.background()).toList();
  }

  @Test
  void everyStemThatSpeaksOfADayOrAWeekSaysAsOfWhen() {
    for (List<Question> quiz : QUIZZES) {
      for (Question q : articleItems(quiz)) {
        String stem = q.stem().replaceAll("“[^”]*”", "“…”");
        if (RELATIVE_TIME.matcher(stem).find()) {
          assertThat(stem).as(stem).containsIgnoringCase("as reported on");
        }
      }
    }
  }

  @Test
  void trueFalseStatementsCarryOneIdeaAndTrueKeysNeverOutnumberFalseOnesByMoreThanOne() {
    for (List<Question> quiz : QUIZZES) {
      int trueKeys = 0;
      int falseKeys = 0;
      for (Question q : articleItems(quiz)) {
        if (q.kind() != QuestionKind.TRUE_FALSE) {
          continue;
        }
        assertThat(q.stem()).as(q.stem()).doesNotContain(";").doesNotContain(", and ");
        if (q.answer().equals("True")) {
          trueKeys++;
        } else {
          falseKeys++;
        }
      }
      assertThat(trueKeys).isLessThanOrEqualTo(falseKeys + 1);
    }
  }

  @Test
  void noKeyIsTestedTwiceAndNoStemNamesAnotherItemsKey() {
    for (List<Question> quiz : QUIZZES) {
      List<Question> items =
          articleItems(quiz).stream().filter(q -> q.kind() != QuestionKind.TRUE_FALSE).toList();
      assertThat(items).extracting(Question::answer).doesNotHaveDuplicates();
      for (Question q : items) {
        for (Question other : items) {
          if (other != q && q.answer().length() > 3) {
            assertThat(other.stem()).as(other.stem()).doesNotContain(q.answer());
          }
        }
      }
    }
  }

  @Test
  void noStemSaysNotOutsideAQuotation() {
    for (List<Question> quiz : QUIZZES) {
      for (Question q : articleItems(quiz)) {
        assertThat(q.stem().replaceAll("“[^”]*”", "“…”"))
            .as(q.stem())
            .doesNotContainPattern("(?i)\\b(not|never)\\b|n't\\b");
      }
    }
  }

  @Test
  void keysOfNamesAreSpreadOverTheLetters() {
    // R18: ten of twenty multiple-choice keys at A, and every key at A in two quizzes (C4). Keys
    // whose options are not numbers or dates go to the letter used least so far.
    int items = 0;
    int[] letters = new int[4];
    List<List<Question>> quizzes = new ArrayList<>(QUIZZES);
    for (String name :
        List.of(
            "/fixtures/radio-interview.txt",
            "/fixtures/ferry-lawsuit.txt",
            "/fixtures/pier-ruling.txt",
            "/fixtures/shelter-appeal.txt",
            "/fixtures/budget-talks.txt",
            "/fixtures/fraud-sentence.txt",
            "/quiz/swaps.txt",
            "/quiz/speakers.txt",
            "/quiz/ruling.txt",
            "/quiz/outcomes.txt",
            "/quiz/referents.txt")) {
      Article article = SharedPipeline.article(name, "2025-06-03");
      quizzes.add(SharedPipeline.pipeline().brief(article).briefing().quiz().questions());
    }
    for (List<Question> quiz : quizzes) {
      int[] used = new int[4];
      for (Question q : quiz) {
        // Numbers and vote tallies stand in ascending order (REVIEW.md D5), not at a balanced
        // letter.
        boolean ordered =
            q.options().stream()
                .allMatch(o -> o.matches("^[$]?[\\d,.]+( percent|%)?$|^\\d+[-–—]\\d+$"));
        if (q.kind() == QuestionKind.TRUE_FALSE || ordered || q.options().size() != 4) {
          continue;
        }
        int at = q.options().indexOf(q.answer());
        used[at]++;
        letters[at]++;
        items++;
      }
      int max = java.util.Arrays.stream(used).max().orElse(0);
      int min = java.util.Arrays.stream(used).min().orElse(0);
      assertThat(max - min)
          .as("keys by letter %s", java.util.Arrays.toString(used))
          .isLessThanOrEqualTo(1);
    }
    assertThat(items).isGreaterThanOrEqualTo(4);
  }
}
