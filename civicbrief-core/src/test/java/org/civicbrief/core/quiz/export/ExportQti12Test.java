package org.civicbrief.core.quiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportQti12Test {

  private static final Map<String, String> NS =
      Map.of("cp", ExportQti12.MANIFEST_NAMESPACE, "q", ExportQti12.NAMESPACE);

  private final Map<String, byte[]> files =
      XmlReading.unzip(new ExportQti12().export(QuizFixtures.briefing()));

  private XmlReading assessment() {
    XmlReading manifest = XmlReading.parse(files.get("imsmanifest.xml"), NS);
    String href = manifest.string("//cp:resource[@type='imsqti_xmlv1p2']/cp:file/@href");
    assertThat(files).containsKey(href);
    return XmlReading.parse(files.get(href), NS);
  }

  @Test
  void the_zip_holds_a_manifest_that_points_at_the_one_assessment_file() {
    assertThat(files).hasSize(2).containsKey("imsmanifest.xml");
    XmlReading manifest = XmlReading.parse(files.get("imsmanifest.xml"), NS);

    assertThat(manifest.strings("//cp:resource/@type")).containsExactly("imsqti_xmlv1p2");
    assertThat(manifest.strings("//cp:resource/cp:file/@href"))
        .containsExactlyInAnyOrderElementsOf(
            files.keySet().stream().filter(p -> !p.equals("imsmanifest.xml")).toList());
  }

  @Test
  void every_question_is_an_item_with_one_single_response() {
    XmlReading a = assessment();

    assertThat(a.strings("/q:questestinterop/q:assessment/q:section/q:item/@ident"))
        .containsExactly("q-budget0001", "q-truth00001", "q-truth00002", "q-concept001");
    for (int i = 1; i <= 4; i++) {
      String item = "//q:item[" + i + "]";
      assertThat(a.number("count(" + item + "/q:presentation/q:response_lid)")).isEqualTo(1);
      assertThat(a.string(item + "/q:presentation/q:response_lid/@rcardinality"))
          .isEqualTo("Single");
    }
  }

  @Test
  void the_condition_that_sets_the_score_names_the_right_option() {
    XmlReading a = assessment();
    String item = "//q:item[1]";

    List<String> scoring =
        a.strings(item + "//q:respcondition[q:setvar='100']/q:conditionvar/q:varequal");
    assertThat(scoring).hasSize(1);
    assertThat(
            a.string(
                item
                    + "//q:response_label[@ident='"
                    + scoring.getFirst()
                    + "']/q:material/q:mattext"))
        .isEqualTo("$4 million");
    assertThat(a.strings(item + "//q:response_label/q:material/q:mattext"))
        .containsExactlyElementsOf(QuizFixtures.BUDGET.options());
  }

  @Test
  void wrong_options_and_the_right_one_carry_the_explanation_and_general_feedback_the_source() {
    XmlReading a = assessment();
    String item = "//q:item[1]";

    assertThat(a.strings(item + "/q:itemfeedback/@ident"))
        .containsExactly("general_fb", "correct_fb", "101_fb", "103_fb", "104_fb");
    assertThat(
            XmlReading.unescapeHtml(a.string(item + "/q:itemfeedback[@ident='103_fb']//q:mattext")))
        .isEqualTo("<p>Not quite. " + QuizFixtures.BUDGET.explanation() + "</p>");
    assertThat(a.string(item + "/q:itemfeedback[@ident='general_fb']//q:mattext"))
        .contains("href=\"https://ledger.example/news/budget?year=2025&amp;part=1\"");
    for (String linked : a.strings(item + "//q:displayfeedback/@linkrefid")) {
      assertThat(a.strings(item + "/q:itemfeedback/@ident")).contains(linked);
    }
  }

  @Test
  void true_false_items_are_canvas_true_false_questions() {
    XmlReading a = assessment();

    assertThat(
            a.string("//q:item[3]//q:qtimetadatafield[q:fieldlabel='question_type']/q:fieldentry"))
        .isEqualTo("true_false_question");
    String right = a.string("//q:item[3]//q:respcondition[q:setvar='100']//q:varequal");
    assertThat(a.string("//q:item[3]//q:response_label[@ident='" + right + "']//q:mattext"))
        .isEqualTo("False");
  }
}
