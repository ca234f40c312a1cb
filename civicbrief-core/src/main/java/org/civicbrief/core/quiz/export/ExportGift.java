package org.civicbrief.core.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;

/**
 * Moodle's GIFT text format: one question per blank-line-separated block, titled {@code ::id::},
 * the right option marked {@code =} and the others {@code ~}, true/false keys as {@code {T}} or
 * {@code {F}}, feedback after {@code #} and the source citation as general feedback after {@code
 * ####}.
 *
 * <p>Every text is marked {@code [plain]} so that Moodle shows {@code <} and {@code &} as written
 * instead of reading them as HTML.
 */
final class ExportGift implements ExportQuiz {

  /** The characters GIFT gives a meaning; a backslash makes each literal. */
  private static final String SPECIAL = "\\~=#{}:";

  @Override
  public String format() {
    return "gift";
  }

  @Override
  public String fileExtension() {
    return "gift";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=UTF-8";
  }

  @Override
  public void write(Briefing briefing, OutputStream out) throws IOException {
    out.write(render(QuizSheet.of(briefing)).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String render(QuizSheet sheet) {
    StringBuilder gift = new StringBuilder(4096);
    gift.append("// ").append(PlainText.line(sheet.title())).append('\n');
    gift.append("// Source: ").append(sheet.source().text()).append('\n');
    gift.append("// Written by civicbrief; questions are separated by blank lines.\n");
    for (Question q : sheet.questions()) {
      gift.append('\n');
      question(gift, q, sheet.feedback(q));
    }
    return gift.toString();
  }

  private static void question(StringBuilder gift, Question q, Feedback f) {
    gift.append("// ")
        .append(PlainText.line(q.id()))
        .append(": ")
        .append(q.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(", ")
        .append(q.difficulty().name().toLowerCase(Locale.ROOT))
        .append(", tests ")
        .append(PlainText.line(q.tests()))
        .append('\n');
    gift.append("::").append(escape(q.id())).append("::[plain]").append(escape(q.stem()));
    String general = "####" + text(f.sourceLine());
    if (QuizSheet.isTrueFalse(q)) {
      // GIFT puts the feedback for a wrong choice first, then the one for the right choice.
      gift.append(" {")
          .append(QuizSheet.answerIsTrue(q) ? 'T' : 'F')
          .append('#')
          .append(text(f.wrong()))
          .append('#')
          .append(text(f.right()))
          .append(general)
          .append("}\n");
      return;
    }
    gift.append(" {\n");
    for (String option : q.options()) {
      boolean right = option.equals(q.answer());
      gift.append('\t')
          .append(right ? '=' : '~')
          .append(text(option))
          .append('#')
          .append(text(right ? f.right() : f.wrong()))
          .append('\n');
    }
    gift.append('\t').append(general).append("\n}\n");
  }

  /**
   * An answer or feedback text: escaped, and marked {@code [plain]} when it starts with {@code [}
   * or {@code %}, which GIFT would otherwise read as a format name or an answer weight.
   */
  private static String text(String s) {
    String e = escape(s);
    return e.startsWith("[") || e.startsWith("%") ? "[plain]" + e : e;
  }

  /** {@code s} on one line with every GIFT special character and backslash escaped. */
  static String escape(String s) {
    String line = PlainText.line(s);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
