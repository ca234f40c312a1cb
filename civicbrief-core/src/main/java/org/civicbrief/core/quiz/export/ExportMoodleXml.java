package org.civicbrief.core.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.w3c.dom.Element;

/**
 * Moodle XML: a {@code multichoice} question (one answer, options in our order) or a {@code
 * truefalse} one per quiz question, with the explanation as each answer's feedback and the source
 * citation as general feedback.
 */
final class ExportMoodleXml implements ExportQuiz {

  @Override
  public String format() {
    return "moodle-xml";
  }

  @Override
  public String fileExtension() {
    return "xml";
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public void write(Briefing briefing, OutputStream out) throws IOException {
    QuizSheet sheet = QuizSheet.of(briefing);
    XmlDocument xml = XmlDocument.create("", "quiz", "");
    xml.comment(xml.root(), sheet.title() + ". Source: " + sheet.source().text());
    for (Question q : sheet.questions()) {
      question(xml, q, sheet.feedback(q));
    }
    xml.writeTo(out);
    out.flush();
  }

  private static void question(XmlDocument xml, Question q, Feedback f) {
    boolean trueFalse = QuizSheet.isTrueFalse(q);
    Element question =
        xml.addWith(xml.root(), "question", "type", trueFalse ? "truefalse" : "multichoice");
    xml.comment(
        question,
        q.kind().name().toLowerCase(Locale.ROOT)
            + ", "
            + q.difficulty().name().toLowerCase(Locale.ROOT)
            + ", tests "
            + q.tests());
    xml.addText(xml.add(question, "name"), "text", q.id());
    html(xml, question, "questiontext", HtmlText.paragraph(q.stem()));
    html(xml, question, "generalfeedback", f.sourceHtml());
    xml.addText(question, "defaultgrade", "1");
    // Moodle deducts the penalty per retry in adaptive mode: all of it for two options.
    xml.addText(question, "penalty", trueFalse ? "1" : "0.3333333");
    xml.addText(question, "hidden", "0");
    if (trueFalse) {
      boolean answerTrue = QuizSheet.answerIsTrue(q);
      answer(xml, question, "true", answerTrue, f, false);
      answer(xml, question, "false", !answerTrue, f, false);
      return;
    }
    xml.addText(question, "single", "true");
    // The options' order is fixed by the question id; a shuffle would break the printed key.
    xml.addText(question, "shuffleanswers", "0");
    xml.addText(question, "answernumbering", "ABCD");
    for (String option : q.options()) {
      answer(xml, question, option, option.equals(q.answer()), f, true);
    }
  }

  private static void answer(
      XmlDocument xml, Element question, String text, boolean right, Feedback f, boolean asHtml) {
    // A truefalse answer is the word true or false, which Moodle matches literally.
    Element answer =
        xml.addWith(
            question,
            "answer",
            "fraction",
            right ? "100" : "0",
            "format",
            asHtml ? "html" : "moodle_auto_format");
    if (asHtml) {
      xml.cdata(xml.add(answer, "text"), HtmlText.escape(text));
    } else {
      xml.addText(answer, "text", text);
    }
    html(xml, answer, "feedback", HtmlText.paragraph(right ? f.right() : f.wrong()));
  }

  private static void html(XmlDocument xml, Element parent, String name, String html) {
    Element e = xml.addWith(parent, name, "format", "html");
    xml.cdata(xml.add(e, "text"), html);
  }
}
