package org.civicbrief.core.quiz.export;

import java.util.List;
import javax.xml.XMLConstants;
import org.civicbrief.core.quiz.Question;
import org.w3c.dom.Element;

/**
 * One question as a QTI 3.0 {@code qti-assessment-item}: a single-choice interaction with its
 * correct response, a SCORE of 1 or 0, and the explanation as modal feedback.
 */
final class QtiItem {

  static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
  static final String SCHEMA =
      NAMESPACE + " https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
  static final String MATCH_CORRECT =
      "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";

  private QtiItem() {}

  /** The item for {@code q}, identified as {@code identifier}, in {@code language}. */
  static XmlDocument of(Question q, Feedback f, String identifier, String language) {
    XmlDocument xml = XmlDocument.create(NAMESPACE, "qti-assessment-item", SCHEMA);
    Element item = xml.root();
    item.setAttribute("identifier", identifier);
    item.setAttribute("title", title(q.stem()));
    item.setAttribute("adaptive", "false");
    item.setAttribute("time-dependent", "false");
    item.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", language);
    List<String> choices = QuizSheet.labels(q);

    Element response =
        xml.addWith(
            item,
            "qti-response-declaration",
            "identifier",
            "RESPONSE",
            "cardinality",
            "single",
            "base-type",
            "identifier");
    xml.addText(
        xml.add(response, "qti-correct-response"), "qti-value", choices.get(q.answerIndex()));
    declareScore(xml, item);
    xml.addWith(
        item,
        "qti-outcome-declaration",
        "identifier",
        "FEEDBACK",
        "cardinality",
        "single",
        "base-type",
        "identifier");

    Element interaction =
        xml.addWith(
            xml.add(item, "qti-item-body"),
            "qti-choice-interaction",
            "response-identifier",
            "RESPONSE",
            "max-choices",
            "1",
            "shuffle",
            "false");
    xml.addText(interaction, "qti-prompt", q.stem());
    for (int i = 0; i < q.options().size(); i++) {
      xml.addText(interaction, "qti-simple-choice", q.options().get(i))
          .setAttribute("identifier", choices.get(i));
    }

    responseProcessing(xml, item);
    feedback(xml, item, "CORRECT", f.right(), f);
    feedback(xml, item, "INCORRECT", f.wrong(), f);
    return xml;
  }

  /**
   * The match_correct template, spelled out as well: the template alone sets only SCORE, and the
   * modal feedback needs FEEDBACK set too. The spec prefers the inline rules when both are given; a
   * player that only knows the template still scores the item right.
   */
  private static void responseProcessing(XmlDocument xml, Element item) {
    Element rp = xml.addWith(item, "qti-response-processing", "template", MATCH_CORRECT);
    Element condition = xml.add(rp, "qti-response-condition");
    Element ifMatch = xml.add(condition, "qti-response-if");
    Element match = xml.add(ifMatch, "qti-match");
    xml.addWith(match, "qti-variable", "identifier", "RESPONSE");
    xml.addWith(match, "qti-correct", "identifier", "RESPONSE");
    setOutcomes(xml, ifMatch, "1", "CORRECT");
    setOutcomes(xml, xml.add(condition, "qti-response-else"), "0", "INCORRECT");
  }

  private static void setOutcomes(XmlDocument xml, Element parent, String score, String feedback) {
    Element s = xml.addWith(parent, "qti-set-outcome-value", "identifier", "SCORE");
    xml.addText(s, "qti-base-value", score).setAttribute("base-type", "float");
    Element f = xml.addWith(parent, "qti-set-outcome-value", "identifier", "FEEDBACK");
    xml.addText(f, "qti-base-value", feedback).setAttribute("base-type", "identifier");
  }

  private static void feedback(
      XmlDocument xml, Element item, String identifier, String text, Feedback f) {
    Element modal =
        xml.addWith(
            item,
            "qti-modal-feedback",
            "outcome-identifier",
            "FEEDBACK",
            "identifier",
            identifier,
            "show-hide",
            "show");
    Element body = xml.add(modal, "qti-content-body");
    xml.addText(body, "p", text);
    Element source = xml.add(body, "p");
    xml.appendText(source, "Source: ");
    SourceLink link = f.source();
    if (link.url().isPresent()) {
      xml.addText(source, "a", link.label()).setAttribute("href", link.url().get());
    } else {
      xml.appendText(source, link.label());
    }
  }

  /** The item's title: its stem, cut at a word near 80 characters. */
  private static String title(String stem) {
    String line = PlainText.line(stem);
    if (line.length() <= 80) {
      return line;
    }
    int cut = line.lastIndexOf(' ', 80);
    return line.substring(0, cut > 40 ? cut : 80) + "…";
  }

  /** Declares the SCORE outcome, a float that starts at 0, of an item or a test. */
  static void declareScore(XmlDocument xml, Element parent) {
    Element score =
        xml.addWith(
            parent,
            "qti-outcome-declaration",
            "identifier",
            "SCORE",
            "cardinality",
            "single",
            "base-type",
            "float");
    xml.addText(xml.add(score, "qti-default-value"), "qti-value", "0");
  }
}
