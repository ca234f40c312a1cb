package org.civicbrief.core.quiz.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.common.Sha256;
import org.civicbrief.core.quiz.Question;

/**
 * The parts of a briefing every export needs: a title, a stable identifier, the article and the
 * questions in quiz order.
 *
 * @param title "Quiz: " and the headline, on one line
 * @param identifier stable for the same questions, so re-importing replaces rather than duplicates
 * @param article the article the questions cite
 * @param questions the questions, at least one
 */
record QuizSheet(String title, String identifier, Article article, List<Question> questions) {

  private static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F", "G", "H");

  QuizSheet {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(article, "article");
    questions = List.copyOf(questions);
  }

  /**
   * The sheet of {@code briefing}.
   *
   * @throws IllegalArgumentException when the briefing has no quiz questions, which would make an
   *     empty file that quiz platforms refuse or import as nothing
   */
  static QuizSheet of(Briefing briefing) {
    List<Question> questions = briefing.quiz().questions();
    if (questions.isEmpty()) {
      throw new IllegalArgumentException(
          "the briefing has no quiz questions to export; build it with a quiz first");
    }
    String headline = PlainText.line(briefing.headline().text());
    if (headline.isEmpty()) {
      headline = SourceLink.article(briefing.article()).label();
    }
    StringBuilder ids = new StringBuilder();
    for (Question q : questions) {
      ids.append(q.id()).append('\n');
    }
    return new QuizSheet(
        "Quiz: " + headline,
        "civicbrief-" + Sha256.hex(ids.toString()).substring(0, 12),
        briefing.article(),
        questions);
  }

  /** The feedback of {@code q}. */
  Feedback feedback(Question q) {
    return Feedback.of(q, article);
  }

  /** The article the whole quiz is about, as a source to cite. */
  SourceLink source() {
    return SourceLink.article(article);
  }

  /**
   * The labels of {@code q}'s options in order: T and F for a true/false question whose options
   * read True and False, letters otherwise.
   */
  static List<String> labels(Question q) {
    List<String> options = q.options();
    boolean trueFalse =
        options.size() == 2
            && options.stream()
                .map(o -> o.strip().toLowerCase(Locale.ROOT))
                .sorted()
                .toList()
                .equals(List.of("false", "true"));
    if (trueFalse) {
      return options.stream().map(o -> o.strip().substring(0, 1).toUpperCase(Locale.ROOT)).toList();
    }
    return LETTERS.subList(0, options.size());
  }

  /** True when {@code q} is answered True or False. */
  static boolean isTrueFalse(Question q) {
    return labels(q).contains("T");
  }

  /** True when the right answer of a true/false question is True. */
  static boolean answerIsTrue(Question q) {
    return q.answer().strip().equalsIgnoreCase("true");
  }
}
