package org.civicbrief.core.quiz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

class QuizExportsTest {

  private final QuizExports exports = QuizExports.standard();

  @Test
  void the_core_knows_five_formats() {
    assertThat(exports.formats()).containsExactly("md", "gift", "moodle-xml", "qti", "qti12");
    for (String f : exports.formats()) {
      assertThat(exports.forFormat(f).format()).isEqualTo(f);
    }
  }

  @Test
  void names_are_matched_ignoring_case_and_spaces() {
    assertThat(exports.forFormat(" GIFT ").format()).isEqualTo("gift");
  }

  @Test
  void an_unknown_name_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> exports.forFormat("docx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown quiz export format 'docx'; known formats: md, gift, moodle-xml, qti, qti12");
  }

  @Test
  void the_application_can_add_a_format_but_not_replace_one() {
    QuizExports more = exports.with(new Fake("json", "json", "application/json"));

    assertThat(more.formats()).endsWith("json");
    assertThat(more.forFormat("json")).isInstanceOf(Fake.class);
    assertThat(exports.formats()).doesNotContain("json");
    assertThatThrownBy(() -> exports.with(new Fake("gift", "txt", "text/plain")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gift");
  }

  @Test
  void every_format_writes_something_for_a_quiz_and_refuses_an_empty_one() {
    for (String f : exports.formats()) {
      ExportQuiz e = exports.forFormat(f);
      assertThat(e.export(QuizFixtures.briefing())).isNotEmpty();
      assertThatThrownBy(() -> e.export(QuizFixtures.withoutQuiz()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  // The components implement format(), fileExtension() and mediaType().
  private record Fake(String format, String fileExtension, String mediaType) implements ExportQuiz {
    @Override
    public void write(Briefing briefing, OutputStream out) {}
  }
}
