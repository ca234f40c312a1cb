package org.civicbrief.web.quiz;

import java.util.List;
import java.util.Objects;
import org.civicbrief.web.http.PageFrame;

/**
 * The quiz form: every question on one page, answered with radio buttons, sent in one post.
 *
 * @param frame the page frame, with the quiz's JSON-LD and the enhancing script
 * @param headline the briefing's headline
 * @param briefingHref the briefing page
 * @param action where the form posts
 * @param checkHref where the script checks single answers
 * @param quizId the version of the quiz the form shows
 * @param csrf the CSRF token
 * @param started when the page was made, in epoch milliseconds, to time the attempt
 * @param questions the questions
 */
public record QuizPage(
    PageFrame frame,
    String headline,
    String briefingHref,
    String action,
    String checkHref,
    long quizId,
    String csrf,
    long started,
    List<QuestionForm> questions) {

  /**
   * One question of the form.
   *
   * @param number its position, from 1
   * @param id the question id, the name of its radio group is {@code a.} plus it
   * @param stem the question
   * @param options the options
   */
  public record QuestionForm(int number, String id, String stem, List<Option> options) {
    public QuestionForm {
      options = List.copyOf(options);
    }

    /** The name of the radio group. */
    public String field() {
      return "a." + id;
    }
  }

  /**
   * One option.
   *
   * @param index its position, the value the form sends
   * @param letter A, B, C, D (or T and F)
   * @param text the option
   * @param inputId the id of its radio button
   */
  public record Option(int index, String letter, String text, String inputId) {}

  public QuizPage {
    Objects.requireNonNull(frame, "frame");
    questions = List.copyOf(questions);
  }

  /** "8 questions", in the page's language. */
  public String count() {
    return questions.size() == 1
        ? frame.labels().get("quiz.one")
        : frame.labels().get("quiz.count", questions.size());
  }

  /** What the quiz is about and how it is answered, in the page's language. */
  public String lede() {
    return frame.labels().get("quiz.lede").replace("{0}", count()).replace("{1}", headline);
  }

  /** "Question 2 of 5", in the page's language. */
  public String questionOf(int number) {
    return frame
        .labels()
        .get("quiz.questionOf")
        .replace("{0}", Integer.toString(number))
        .replace("{1}", Integer.toString(questions.size()));
  }
}
