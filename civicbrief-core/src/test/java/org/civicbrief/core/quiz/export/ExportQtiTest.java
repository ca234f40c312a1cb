package org.civicbrief.core.quiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportQtiTest {

  private static final Map<String, String> NS =
      Map.of("cp", ExportQti.MANIFEST_NAMESPACE, "qti", QtiItem.NAMESPACE);

  private final byte[] zip = new ExportQti().export(QuizFixtures.briefing());
  private final Map<String, byte[]> files = XmlReading.unzip(zip);

  private XmlReading file(String path) {
    assertThat(files).containsKey(path);
    return XmlReading.parse(files.get(path), NS);
  }

  @Test
  void the_package_holds_the_manifest_the_test_and_one_item_per_question() {
    assertThat(files.keySet())
        .containsExactly(
            "imsmanifest.xml",
            "assessment.xml",
            "items/q-budget0001.xml",
            "items/q-truth00001.xml",
            "items/q-truth00002.xml",
            "items/q-concept001.xml");
  }

  @Test
  void the_manifest_lists_every_file_with_its_qti_3_resource_type() {
    XmlReading manifest = file("imsmanifest.xml");

    assertThat(manifest.strings("/cp:manifest/cp:resources/cp:resource/@type"))
        .containsExactly(
            "imsqti_test_xmlv3p0",
            "imsqti_item_xmlv3p0",
            "imsqti_item_xmlv3p0",
            "imsqti_item_xmlv3p0",
            "imsqti_item_xmlv3p0");
    List<String> listed = manifest.strings("//cp:resource/cp:file/@href");
    assertThat(listed).containsExactlyInAnyOrderElementsOf(withoutManifest());
    assertThat(manifest.strings("//cp:resource/@href")).containsExactlyElementsOf(listed);
    assertThat(
            manifest.strings(
                "//cp:resource[@type='imsqti_test_xmlv3p0']/cp:dependency/@identifierref"))
        .containsExactlyElementsOf(
            manifest.strings("//cp:resource[@type='imsqti_item_xmlv3p0']/@identifier"));
  }

  @Test
  void the_test_refers_to_every_item_in_quiz_order_and_each_reference_resolves() {
    XmlReading test = file("assessment.xml");

    List<String> refs =
        test.strings(
            "/qti:qti-assessment-test/qti:qti-test-part/qti:qti-assessment-section"
                + "/qti:qti-assessment-item-ref/@href");
    assertThat(refs)
        .containsExactly(
            "items/q-budget0001.xml",
            "items/q-truth00001.xml",
            "items/q-truth00002.xml",
            "items/q-concept001.xml");
    for (String ref : refs) {
      String id = file(ref).string("/qti:qti-assessment-item/@identifier");
      assertThat(test.string("//qti:qti-assessment-item-ref[@href='" + ref + "']/@identifier"))
          .isEqualTo(id);
    }
  }

  @Test
  void an_item_declares_one_single_choice_response_whose_correct_value_is_the_answer() {
    XmlReading item = file("items/q-budget0001.xml");

    assertThat(item.number("count(//qti:qti-response-declaration)")).isEqualTo(1);
    assertThat(item.number("count(//qti:qti-choice-interaction)")).isEqualTo(1);
    assertThat(item.string("//qti:qti-choice-interaction/@max-choices")).isEqualTo("1");
    String correct =
        item.string("//qti:qti-response-declaration/qti:qti-correct-response/qti:qti-value");
    assertThat(item.string("//qti:qti-simple-choice[@identifier='" + correct + "']"))
        .isEqualTo("$4 million");
    assertThat(item.strings("//qti:qti-simple-choice"))
        .containsExactlyElementsOf(QuizFixtures.BUDGET.options());
    assertThat(item.string("//qti:qti-prompt")).isEqualTo(QuizFixtures.BUDGET.stem());
    assertThat(item.string("//qti:qti-outcome-declaration[@identifier='SCORE']/@base-type"))
        .isEqualTo("float");
  }

  @Test
  void scoring_uses_match_correct_and_feedback_carries_the_explanation_and_source_link() {
    XmlReading item = file("items/q-budget0001.xml");

    assertThat(item.string("//qti:qti-response-processing/@template"))
        .isEqualTo("https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml");
    assertThat(item.strings("//qti:qti-modal-feedback/@identifier"))
        .containsExactly("CORRECT", "INCORRECT");
    assertThat(
            item.strings(
                "//qti:qti-response-processing//qti:qti-set-outcome-value[@identifier='FEEDBACK']/qti:qti-base-value"))
        .containsExactly("CORRECT", "INCORRECT");
    assertThat(
            item.string(
                "//qti:qti-modal-feedback[@identifier='INCORRECT']/qti:qti-content-body/qti:p[1]"))
        .isEqualTo("Not quite. " + QuizFixtures.BUDGET.explanation());
    assertThat(item.string("//qti:qti-modal-feedback[@identifier='CORRECT']//qti:a/@href"))
        .isEqualTo(QuizFixtures.URL);
  }

  @Test
  void true_false_items_offer_true_and_false_with_the_right_one_correct() {
    XmlReading yes = file("items/q-truth00001.xml");
    XmlReading no = file("items/q-truth00002.xml");

    assertThat(yes.strings("//qti:qti-simple-choice")).containsExactly("True", "False");
    assertThat(yes.string("//qti:qti-correct-response/qti:qti-value")).isEqualTo("T");
    assertThat(no.string("//qti:qti-correct-response/qti:qti-value")).isEqualTo("F");
  }

  @Test
  void the_same_quiz_makes_the_same_bytes() {
    assertThat(new ExportQti().export(QuizFixtures.briefing())).isEqualTo(zip);
  }

  private List<String> withoutManifest() {
    List<String> paths = new ArrayList<>(files.keySet());
    paths.remove("imsmanifest.xml");
    return paths;
  }
}
