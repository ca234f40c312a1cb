package org.civicbrief.web.editor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.briefing.BriefingView;
import org.civicbrief.web.http.PageFrame;

/**
 * The review of one briefing: its state and the steps allowed from it, the briefing as readers
 * would see it, each quiz question with its verdict, and the history of decisions.
 *
 * @param frame the page frame
 * @param csrf the CSRF token of the forms
 * @param id the briefing id
 * @param state the review state
 * @param steps the states it may move to
 * @param notice what the last action did
 * @param error why the last action was refused
 * @param readerHref the public page, when published
 * @param briefing the briefing
 * @param quizId the quiz under review, if there is one
 * @param questions the questions with their verdicts
 * @param history the decisions so far, oldest first
 * @param briefingLanguage the briefing's language, which its preview speaks as readers see it
 */
public record ReviewPage(
    PageFrame frame,
    String csrf,
    long id,
    String state,
    List<Step> steps,
    Optional<String> notice,
    Optional<String> error,
    Optional<String> readerHref,
    BriefingView briefing,
    Optional<Long> quizId,
    List<QuestionItem> questions,
    List<String> history,
    String briefingLanguage) {

  /**
   * A review step the editor may take.
   *
   * @param to the state code it leads to
   * @param label the button's words
   * @param primary true for the step most often taken from here
   */
  public record Step(String to, String label, boolean primary) {}

  /**
   * A quiz question under review.
   *
   * @param number its position, from 1
   * @param id the question id
   * @param stem the question as written
   * @param edited the editor's wording, if they edited it
   * @param options the options, the answer marked
   * @param explanation why the answer is right
   * @param sourceHref the article view at its evidence
   * @param verdict approved, edited, rejected, or "not reviewed"
   */
  public record QuestionItem(
      int number,
      String id,
      String stem,
      Optional<String> edited,
      List<OptionLine> options,
      String explanation,
      String sourceHref,
      String verdict) {
    public QuestionItem {
      options = List.copyOf(options);
    }
  }

  /**
   * One option of a question.
   *
   * @param text the option
   * @param answer true for the right one
   */
  public record OptionLine(String text, boolean answer) {}

  public ReviewPage {
    Objects.requireNonNull(frame, "frame");
    steps = List.copyOf(steps);
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(error, "error");
    questions = List.copyOf(questions);
    history = List.copyOf(history);
  }
}
