package org.civicbrief.core.quiz.take;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.QuizOnlyBriefing;
import org.junit.jupiter.api.Test;

class TakeQuizTest {

  private static final String HEADLINE = "Library hours extended";
  private static final String HOURS = "The Elmwood library will open until 9 p.m. on weekdays.";
  private static final String VOTE = "The board approved the change by a vote of 4-1 on Monday.";
  private static final String TEXT = HEADLINE + "\n\n" + HOURS + " " + VOTE;

  private static final Question CLOSING =
      new Question(
          "q-closing",
          QuestionKind.WHAT,
          "Until when will the Elmwood library open on weekdays?",
          List.of("6 p.m.", "9 p.m.", "midnight", "8 a.m."),
          "9 p.m.",
          "The answer is 9 p.m. The article reports: “open until 9 p.m. on weekdays” (sentence 2).",
          at(1, HOURS),
          Difficulty.EASY,
          "coreFacts[0]",
          false,
          Optional.empty());

  private static final Question VOTE_TF =
      new Question(
          "q-vote",
          QuestionKind.TRUE_FALSE,
          "True or false: The board approved the change by a vote of 3-2.",
          List.of("True", "False"),
          "False",
          "False. The article says “4-1”, not “3-2”.",
          at(2, VOTE),
          Difficulty.MEDIUM,
          "coreFacts[1]",
          false,
          Optional.empty());

  private static final Question BOARD =
      new Question(
          "q-board",
          QuestionKind.CONCEPT,
          "Who usually sets a public library's hours?",
          List.of("The governor", "Its board of trustees", "The post office", "Congress"),
          "Its board of trustees",
          "Library boards of trustees set policy, including opening hours.",
          at(2, VOTE),
          Difficulty.MEDIUM,
          "concepts/library-board",
          true,
          Optional.of("Library governance, https://civics.example/libraries"));

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private static Evidence at(int sentence, String fragment) {
    int start = TEXT.indexOf(fragment);
    return new Evidence(sentence, start, start + fragment.length());
  }

  private static Briefing briefing(List<Question> questions) {
    BriefItem dek = new BriefItem(HOURS, at(1, HOURS), List.of(), false);
    return QuizOnlyBriefing.of(
        Article.ofText(TEXT, "library.txt"),
        new Headline(HEADLINE, Optional.of(at(0, HEADLINE))),
        dek,
        questions);
  }

  private QuizResult take(String input, List<Question> questions) {
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    return new TakeQuiz(new BufferedReader(new StringReader(input)), out).take(briefing(questions));
  }

  private String output() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_reader_who_answers_everything_right_scores_full_marks() {
    QuizResult r = take("B\nF\nb\n", List.of(CLOSING, VOTE_TF, BOARD));

    assertThat(r.score()).isEqualTo(3);
    assertThat(r.finished()).isTrue();
    assertThat(r.answers()).extracting(Answer::correct).containsExactly(true, true, true);
    assertThat(output()).endsWith("You scored 3 of 3 (100%).\n");
  }

  @Test
  void questions_come_one_at_a_time_with_lettered_options() {
    take("2\nt\n", List.of(CLOSING, VOTE_TF));

    assertThat(output())
        .containsSubsequence(
            "Quiz: Library hours extended\n",
            "Question 1 of 2\n",
            "Until when will the Elmwood library open on weekdays?\n",
            "  A) 6 p.m.\n  B) 9 p.m.\n  C) midnight\n  D) 8 a.m.\n",
            "Your answer: ",
            "Question 2 of 2\n",
            "  T) True\n  F) False\n");
  }

  @Test
  void letters_in_either_case_numbers_and_option_text_are_all_accepted() {
    assertThat(take("b\n", List.of(CLOSING)).answers().getFirst().chosen()).isEqualTo(1);
    assertThat(take("2\n", List.of(CLOSING)).answers().getFirst().chosen()).isEqualTo(1);
    assertThat(take(" false \n", List.of(VOTE_TF)).answers().getFirst().choice())
        .isEqualTo("False");
  }

  @Test
  void invalid_answers_are_asked_again_with_a_short_hint() {
    QuizResult r = take("x\n5\n\nc\n", List.of(CLOSING));

    assertThat(output().split("Please type A, B, C or D \\(or 1-4\\), or q to quit\\.", -1))
        .hasSize(4);
    assertThat(r.answers()).extracting(Answer::choice).containsExactly("midnight");
  }

  @Test
  void a_true_false_hint_names_t_and_f() {
    take("yes\nT\n", List.of(VOTE_TF));

    assertThat(output()).contains("Please type T or F (or 1-2), or q to quit.");
  }

  @Test
  void a_wrong_answer_shows_the_right_one_the_explanation_and_the_source_sentence() {
    take("A\n", List.of(CLOSING));

    assertThat(output())
        .containsSubsequence(
            "Wrong. The answer is B) 9 p.m.\n",
            CLOSING.explanation() + "\n",
            "In the article: “" + HOURS + "”\n",
            "You scored 0 of 1 (0%).");
  }

  @Test
  void a_right_answer_says_so_and_explains() {
    take("F\n", List.of(VOTE_TF));

    assertThat(output())
        .containsSubsequence("Right!\n", VOTE_TF.explanation(), "In the article: “" + VOTE + "”");
  }

  @Test
  void a_background_question_also_cites_its_card() {
    take("B\n", List.of(BOARD));

    assertThat(output()).contains("Source: Library governance, https://civics.example/libraries\n");
  }

  @Test
  void typing_q_quits_early_and_scores_the_questions_answered() {
    QuizResult r = take("B\nq\n", List.of(CLOSING, VOTE_TF, BOARD));

    assertThat(r.answers()).hasSize(1);
    assertThat(r.finished()).isFalse();
    assertThat(r.questions()).isEqualTo(3);
    assertThat(output())
        .doesNotContain("Question 3 of 3")
        .endsWith("You stopped after 1 of 3 questions.\nYou scored 1 of 1 (100%).\n");
  }

  @Test
  void the_end_of_input_ends_the_quiz_like_quitting() {
    QuizResult r = take("", List.of(CLOSING, VOTE_TF));

    assertThat(r.answers()).isEmpty();
    assertThat(r.percent()).isZero();
    assertThat(output()).endsWith("You answered no questions.\n");
  }

  @Test
  void a_briefing_without_a_quiz_says_so() {
    QuizResult r = take("A\n", List.of());

    assertThat(r.questions()).isZero();
    assertThat(output()).isEqualTo("This briefing has no quiz questions.\n");
  }

  @Test
  void terminal_control_characters_in_the_text_are_not_printed() {
    Question hostile =
        new Question(
            "q-esc",
            QuestionKind.WHAT,
            "Which \u001b[2J\u001b[31mcolour\u0007?",
            List.of("red", "blue", "green", "grey\r\nline"),
            "red",
            "Because\u001b[0m.",
            at(1, HOURS),
            Difficulty.EASY,
            "coreFacts[0]",
            false,
            Optional.empty());
    take("A\n", List.of(hostile));

    assertThat(output()).doesNotContain("\u001b", "\u0007", "\r").contains("  D) grey line\n");
  }

  @Test
  void the_score_percentage_is_rounded() {
    QuizResult r = take("B\nT\nA\n", List.of(CLOSING, VOTE_TF, BOARD));

    assertThat(r.score()).isEqualTo(1);
    assertThat(output()).endsWith("You scored 1 of 3 (33%).\n");
  }
}
