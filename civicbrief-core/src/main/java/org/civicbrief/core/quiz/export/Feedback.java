package org.civicbrief.core.quiz.export;

import java.util.Objects;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.quiz.Question;

/**
 * The feedback a question carries into a quiz platform. The explanation already names the right
 * answer and quotes the article, so the same text serves a learner who chose right and one who
 * chose wrong.
 *
 * @param right shown to a learner who chose the answer
 * @param wrong shown to a learner who chose another option
 * @param explanation the question's explanation alone, for formats with one feedback only
 * @param source what the question cites
 */
record Feedback(String right, String wrong, String explanation, SourceLink source) {

  Feedback {
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(wrong, "wrong");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(source, "source");
  }

  static Feedback of(Question q, Article article) {
    String why = PlainText.line(q.explanation());
    return new Feedback("Correct. " + why, "Not quite. " + why, why, SourceLink.of(q, article));
  }

  /** The line that cites the source, as plain text. */
  String sourceLine() {
    return "Source: " + source.text();
  }

  /** The line that cites the source, as an HTML paragraph with a link. */
  String sourceHtml() {
    return "<p>Source: " + source.html() + "</p>";
  }
}
