package org.civicbrief.core.quiz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civicbrief.core.quiz.export.GiftReader.GiftQuestion;
import org.civicbrief.core.quiz.export.GiftReader.Option;
import org.junit.jupiter.api.Test;

class ExportGiftTest {

  private final ExportQuiz gift = new ExportGift();

  private String written() {
    return new String(gift.export(QuizFixtures.briefing()), StandardCharsets.UTF_8);
  }

  @Test
  void every_text_reads_back_exactly_as_written_however_many_special_characters_it_holds() {
    List<GiftQuestion> read = GiftReader.read(written());

    assertThat(read).hasSize(4);
    GiftQuestion budget = read.getFirst();
    assertThat(budget.name()).isEqualTo("q-budget0001");
    assertThat(budget.format()).isEqualTo("plain");
    assertThat(budget.text()).isEqualTo(QuizFixtures.BUDGET.stem());
    assertThat(budget.options())
        .extracting(Option::text)
        .containsExactlyElementsOf(QuizFixtures.BUDGET.options());
    assertThat(budget.options())
        .filteredOn(Option::right)
        .extracting(Option::text)
        .containsExactly("$4 million");
  }

  @Test
  void the_explanation_is_the_feedback_of_every_option_and_the_source_the_general_feedback() {
    GiftQuestion budget = GiftReader.read(written()).getFirst();

    String why = QuizFixtures.BUDGET.explanation();
    for (Option o : budget.options()) {
      assertThat(o.feedback()).isEqualTo((o.right() ? "Correct. " : "Not quite. ") + why);
    }
    assertThat(budget.generalFeedback())
        .isEqualTo("Source: " + QuizFixtures.TITLE + " (" + QuizFixtures.URL + ")");
  }

  @Test
  void true_false_questions_are_keyed_t_or_f_with_wrong_then_right_feedback() {
    List<GiftQuestion> read = GiftReader.read(written());

    GiftQuestion yes = read.get(1);
    assertThat(yes.trueFalse()).contains(true);
    assertThat(yes.text()).isEqualTo(QuizFixtures.TRUE_ONE.stem());
    assertThat(yes.wrongFeedback()).isEqualTo("Not quite. " + QuizFixtures.TRUE_ONE.explanation());
    assertThat(yes.rightFeedback()).isEqualTo("Correct. " + QuizFixtures.TRUE_ONE.explanation());
    assertThat(read.get(2).trueFalse()).contains(false);
    assertThat(written()).contains("{T#", "{F#");
  }

  @Test
  void options_that_start_like_a_format_or_a_weight_are_marked_plain() {
    GiftQuestion background = GiftReader.read(written()).get(3);

    assertThat(background.options())
        .extracting(Option::text)
        .containsExactly(
            "[html] the mayor alone", "%50% of voters", "The city council", "The state");
    assertThat(written()).contains("~[plain][html] the mayor alone#", "~[plain]%50% of voters#");
  }

  @Test
  void a_background_question_cites_its_card_not_the_article() {
    GiftQuestion background = GiftReader.read(written()).get(3);

    assertThat(background.generalFeedback())
        .isEqualTo("Source: Municipal budgets explained (https://civics.example/budgets)");
  }

  @Test
  void special_characters_are_escaped_in_the_raw_file() {
    assertThat(written())
        .contains("::q-budget0001::[plain]How big is the council's \\{capital\\} budget\\:")
        .contains("\"A \\= B\" \\~ \\#1 <b>bold</b> & more?")
        .contains("~C\\:\\\\roads \\~ Zoë \\#2#");
  }

  @Test
  void line_breaks_inside_a_text_cannot_end_a_question_early() {
    var article = QuizFixtures.article();
    var q =
        new org.civicbrief.core.quiz.Question(
            "q-lines",
            QuizFixtures.BUDGET.kind(),
            "First line\n\nsecond\r\nthird\u0007?",
            QuizFixtures.BUDGET.options(),
            QuizFixtures.BUDGET.answer(),
            "why\n\nbecause",
            QuizFixtures.BUDGET.evidence(),
            QuizFixtures.BUDGET.difficulty(),
            "coreFacts[0]",
            false,
            Optional.empty());
    String out =
        new String(gift.export(QuizFixtures.briefing(article, List.of(q))), StandardCharsets.UTF_8);

    List<GiftQuestion> read = GiftReader.read(out);
    assertThat(read).hasSize(1);
    assertThat(read.getFirst().text()).isEqualTo("First line second third?");
  }

  @Test
  void a_briefing_without_questions_is_refused_with_a_reason() {
    assertThatThrownBy(() -> gift.export(QuizFixtures.withoutQuiz()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no quiz questions");
  }
}
