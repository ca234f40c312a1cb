package org.civicbrief.core.quiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.junit.jupiter.api.Test;

class ExportMoodleXmlTest {

  private final byte[] bytes = new ExportMoodleXml().export(QuizFixtures.briefing());
  private final XmlReading xml = XmlReading.parse(bytes, Map.of());

  @Test
  void the_file_is_well_formed_utf8_with_one_question_per_quiz_question() {
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(xml.number("count(/quiz/question)")).isEqualTo(4);
    assertThat(xml.strings("/quiz/question/name/text"))
        .containsExactly("q-budget0001", "q-truth00001", "q-truth00002", "q-concept001");
    assertThat(xml.strings("/quiz/question/@type"))
        .containsExactly("multichoice", "truefalse", "truefalse", "multichoice");
  }

  @Test
  void question_text_is_html_that_shows_special_characters_as_written() {
    String html = xml.string("/quiz/question[1]/questiontext[@format='html']/text");

    assertThat(html).startsWith("<p>").endsWith("</p>").contains("&lt;b&gt;bold&lt;/b&gt; &amp;");
    assertThat(XmlReading.unescapeHtml(html.substring(3, html.length() - 4)))
        .isEqualTo(QuizFixtures.BUDGET.stem());
  }

  @Test
  void only_the_right_option_scores_100_and_every_option_carries_the_explanation() {
    String q = "/quiz/question[1]";

    assertThat(xml.strings(q + "/answer[@fraction='100']/text")).containsExactly("$4 million");
    assertThat(xml.number("count(" + q + "/answer[@fraction='0'])")).isEqualTo(3);
    assertThat(xml.strings(q + "/answer/text").stream().map(XmlReading::unescapeHtml))
        .containsExactlyElementsOf(QuizFixtures.BUDGET.options());
    assertThat(XmlReading.unescapeHtml(xml.string(q + "/answer[@fraction='0'][1]/feedback/text")))
        .isEqualTo("<p>Not quite. " + QuizFixtures.BUDGET.explanation() + "</p>");
    assertThat(XmlReading.unescapeHtml(xml.string(q + "/answer[@fraction='100']/feedback/text")))
        .isEqualTo("<p>Correct. " + QuizFixtures.BUDGET.explanation() + "</p>");
  }

  @Test
  void multiple_choice_is_single_answer_in_our_order() {
    assertThat(xml.string("/quiz/question[1]/single")).isEqualTo("true");
    assertThat(xml.string("/quiz/question[1]/shuffleanswers")).isEqualTo("0");
  }

  @Test
  void true_false_answers_are_the_words_moodle_matches_with_the_key_at_100() {
    assertThat(xml.strings("/quiz/question[2]/answer[@fraction='100']/text"))
        .containsExactly("true");
    assertThat(xml.strings("/quiz/question[3]/answer[@fraction='100']/text"))
        .containsExactly("false");
    assertThat(xml.strings("/quiz/question[3]/answer[@fraction='0']/text")).containsExactly("true");
  }

  @Test
  void general_feedback_links_the_article_or_the_card() {
    assertThat(xml.string("/quiz/question[1]/generalfeedback/text"))
        .isEqualTo(
            "<p>Source: <a href=\"https://ledger.example/news/budget?year=2025&amp;part=1\">"
                + "Council sets {budget} = $4 million: &quot;roads ~ bridges&quot; #1</a></p>");
    assertThat(xml.string("/quiz/question[4]/generalfeedback/text"))
        .isEqualTo(
            "<p>Source: <a href=\"https://civics.example/budgets\">Municipal budgets explained</a>"
                + "</p>");
  }

  @Test
  void characters_xml_cannot_carry_are_dropped_and_cdata_ends_stay_text() {
    Question q =
        new Question(
            "q-hostile",
            QuestionKind.WHAT,
            "Is ]]> the end\u0001 of \uFFFE CDATA?",
            List.of("Yes ]]>", "No", "Maybe", "\uD800Never"),
            "No",
            "Because ]]> is escaped.",
            QuizFixtures.BUDGET.evidence(),
            Difficulty.EASY,
            "coreFacts[0]",
            false,
            Optional.empty());
    byte[] out =
        new ExportMoodleXml().export(QuizFixtures.briefing(QuizFixtures.article(), List.of(q)));
    XmlReading read = XmlReading.parse(out, Map.of());

    assertThat(XmlReading.unescapeHtml(read.string("/quiz/question/questiontext/text")))
        .isEqualTo("<p>Is ]]> the end of CDATA?</p>");
    assertThat(read.strings("/quiz/question/answer/text")).contains("Yes ]]&gt;", "Never");
  }
}
