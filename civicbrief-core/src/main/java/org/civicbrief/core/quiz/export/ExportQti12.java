package org.civicbrief.core.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.w3c.dom.Element;

/**
 * A QTI 1.2 quiz as Canvas Classic Quizzes imports it: a ZIP holding {@code imsmanifest.xml} (IMS
 * Content Packaging 1.1, one {@code imsqti_xmlv1p2} resource) and one {@code questestinterop}
 * assessment file with a section of items.
 *
 * <p>Feedback uses the identifiers Canvas reads: {@code correct_fb} for the right choice, {@code
 * <choice>_fb} for each wrong one, and {@code general_fb} for the source citation.
 */
final class ExportQti12 implements PackageExport {

  static final String NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
  private static final String SCHEMA =
      NAMESPACE + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd";
  static final String MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1";
  private static final String MANIFEST_SCHEMA =
      MANIFEST_NAMESPACE + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd";
  private static final String RESPONSE = "response1";

  @Override
  public String format() {
    return "qti12";
  }

  @Override
  public void write(Briefing briefing, OutputStream out) throws IOException {
    QuizSheet sheet = QuizSheet.of(briefing);
    QtiIds ids = new QtiIds();
    String manifestId = ids.of("manifest-" + sheet.identifier());
    String assessmentId = ids.of(sheet.identifier());
    String file = assessmentId + "/" + assessmentId + ".xml";
    ZipPackage zip = new ZipPackage();
    zip.add("imsmanifest.xml", manifest(manifestId, assessmentId, file));
    zip.add(file, assessment(sheet, assessmentId, ids));
    zip.writeTo(out);
    out.flush();
  }

  private static XmlDocument manifest(String manifestId, String assessmentId, String file) {
    XmlDocument xml = XmlDocument.create(MANIFEST_NAMESPACE, "manifest", MANIFEST_SCHEMA);
    xml.root().setAttribute("identifier", manifestId);
    Element metadata = xml.add(xml.root(), "metadata");
    xml.addText(metadata, "schema", "IMS Content");
    xml.addText(metadata, "schemaversion", "1.1.3");
    xml.add(xml.root(), "organizations");
    Element resource =
        xml.addWith(
            xml.add(xml.root(), "resources"),
            "resource",
            "identifier",
            assessmentId,
            "type",
            "imsqti_xmlv1p2",
            "href",
            file);
    xml.addWith(resource, "file", "href", file);
    return xml;
  }

  private static XmlDocument assessment(QuizSheet sheet, String assessmentId, QtiIds ids) {
    XmlDocument xml = XmlDocument.create(NAMESPACE, "questestinterop", SCHEMA);
    Element assessment =
        xml.addWith(xml.root(), "assessment", "ident", assessmentId, "title", sheet.title());
    metadata(xml, assessment, List.of("cc_maxattempts", "1"));
    Element section = xml.addWith(assessment, "section", "ident", "root_section");
    List<Question> questions = sheet.questions();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      item(xml, section, q, sheet.feedback(q), ids.of(q.id()), i + 1);
    }
    return xml;
  }

  private static void item(
      XmlDocument xml, Element section, Question q, Feedback f, String ident, int number) {
    Element item = xml.addWith(section, "item", "ident", ident, "title", "Question " + number);
    List<String> choices = choiceIds(q, number);
    metadata(
        xml,
        xml.add(item, "itemmetadata"),
        List.of(
            "question_type",
            QuizSheet.isTrueFalse(q) ? "true_false_question" : "multiple_choice_question",
            "points_possible",
            "1.0",
            "original_answer_ids",
            String.join(",", choices)));

    Element presentation = xml.add(item, "presentation");
    material(xml, presentation, HtmlText.paragraph(q.stem()), "text/html");
    Element lid =
        xml.addWith(presentation, "response_lid", "ident", RESPONSE, "rcardinality", "Single");
    Element render = xml.addWith(lid, "render_choice", "shuffle", "No");
    for (int o = 0; o < q.options().size(); o++) {
      Element label = xml.addWith(render, "response_label", "ident", choices.get(o));
      material(xml, label, q.options().get(o), "text/plain");
    }

    String right = choices.get(q.answerIndex());
    Element rp = xml.add(item, "resprocessing");
    xml.addWith(
        xml.add(rp, "outcomes"),
        "decvar",
        "maxvalue",
        "100",
        "minvalue",
        "0",
        "varname",
        "SCORE",
        "vartype",
        "Decimal");
    Element always = xml.addWith(rp, "respcondition", "continue", "Yes");
    xml.add(xml.add(always, "conditionvar"), "other");
    display(xml, always, "general_fb");
    for (String choice : choices) {
      if (!choice.equals(right)) {
        Element wrong = xml.addWith(rp, "respcondition", "continue", "Yes");
        xml.addText(xml.add(wrong, "conditionvar"), "varequal", choice)
            .setAttribute("respident", RESPONSE);
        display(xml, wrong, choice + "_fb");
      }
    }
    Element correct = xml.addWith(rp, "respcondition", "continue", "No");
    xml.addText(xml.add(correct, "conditionvar"), "varequal", right)
        .setAttribute("respident", RESPONSE);
    Element setvar = xml.addText(correct, "setvar", "100");
    setvar.setAttribute("varname", "SCORE");
    setvar.setAttribute("action", "Set");
    display(xml, correct, "correct_fb");

    feedback(xml, item, "general_fb", f.sourceHtml());
    feedback(xml, item, "correct_fb", HtmlText.paragraph(f.right()));
    for (String choice : choices) {
      if (!choice.equals(right)) {
        feedback(xml, item, choice + "_fb", HtmlText.paragraph(f.wrong()));
      }
    }
  }

  /**
   * Numeric choice identifiers unique in the file (question number, then two digits for the
   * choice): Canvas ties a {@code <id>_fb} feedback to its answer only when the id is a number.
   */
  private static List<String> choiceIds(Question q, int number) {
    List<String> ids = new ArrayList<>();
    for (int o = 0; o < q.options().size(); o++) {
      ids.add(String.format(Locale.ROOT, "%d%02d", number, o + 1));
    }
    return ids;
  }

  private static void metadata(XmlDocument xml, Element parent, List<String> labelsAndEntries) {
    Element md = xml.add(parent, "qtimetadata");
    for (int i = 0; i + 1 < labelsAndEntries.size(); i += 2) {
      Element field = xml.add(md, "qtimetadatafield");
      xml.addText(field, "fieldlabel", labelsAndEntries.get(i));
      xml.addText(field, "fieldentry", labelsAndEntries.get(i + 1));
    }
  }

  /** A material holding {@code text}; HTML goes in as escaped text, as QTI 1.2 carries it. */
  private static void material(XmlDocument xml, Element parent, String text, String type) {
    xml.addText(xml.add(parent, "material"), "mattext", text).setAttribute("texttype", type);
  }

  private static void display(XmlDocument xml, Element condition, String feedbackId) {
    xml.addWith(condition, "displayfeedback", "feedbacktype", "Response", "linkrefid", feedbackId);
  }

  private static void feedback(XmlDocument xml, Element item, String ident, String html) {
    Element fb = xml.addWith(item, "itemfeedback", "ident", ident);
    material(xml, xml.add(fb, "flow_mat"), html, "text/html");
  }
}
