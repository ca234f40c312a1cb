package org.civicbrief.core.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.render.Markdown;

/**
 * A printable quiz in Markdown: numbered questions with lettered options, then an answer key with
 * each question's letter, answer and explanation.
 */
final class ExportMarkdown implements ExportQuiz {

  /** Characters that start emphasis, code, links, raw HTML or strikethrough anywhere in a line. */
  private static final String INLINE = "\\`*_[]<>~|";

  @Override
  public String format() {
    return "md";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8";
  }

  @Override
  public void write(Briefing briefing, OutputStream out) throws IOException {
    out.write(render(QuizSheet.of(briefing)).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String render(QuizSheet sheet) {
    StringBuilder md = new StringBuilder(4096);
    md.append("# ").append(inline(sheet.title())).append("\n\n");
    md.append("Questions about ")
        .append(link(sheet.source()))
        .append(". Choose one answer for each question; the answer key is at the end.\n\n");
    List<Question> questions = sheet.questions();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      List<String> labels = QuizSheet.labels(q);
      md.append(i + 1).append(". ").append(Markdown.blockSafe(inline(q.stem()))).append("\n\n");
      for (int o = 0; o < q.options().size(); o++) {
        md.append("   - ")
            .append(labels.get(o))
            .append(". ")
            .append(inline(q.options().get(o)))
            .append('\n');
      }
      md.append('\n');
    }
    md.append("## Answer key\n\n");
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      Feedback f = sheet.feedback(q);
      md.append(i + 1)
          .append(". **")
          .append(QuizSheet.labels(q).get(q.answerIndex()))
          .append(". ")
          .append(inline(q.answer()))
          .append("**: ")
          .append(inline(f.explanation()));
      if (!f.source().equals(sheet.source())) {
        md.append(" Source: ").append(link(f.source())).append('.');
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** A Markdown link to the source, or its label when it has no URL. */
  private static String link(SourceLink s) {
    return s.url()
        .map(u -> "[" + inline(s.label()) + "](" + u.replace("(", "%28").replace(")", "%29") + ")")
        .orElse(inline(s.label()));
  }

  /** Text on one line with Markdown syntax escaped; words and punctuation left as they read. */
  static String inline(String text) {
    return Markdown.escape(PlainText.line(text), INLINE);
  }
}
