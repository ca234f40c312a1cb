package org.civicbrief.web.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The marked quiz: the score, then each question with the reader's answer, the right one, the
 * explanation and the sentence of the article that settles it.
 *
 * @param frame the page frame
 * @param headline the briefing's headline
 * @param briefingHref the briefing page
 * @param quizHref the quiz, to try again
 * @param score how many answers were right
 * @param max how many questions there were
 * @param percent the score in percent
 * @param items the questions
 */
public record ResultPage(
    PageFrame frame,
    String headline,
    String briefingHref,
    String quizHref,
    int score,
    int max,
    int percent,
    List<Item> items) {

  /**
   * One marked question.
   *
   * @param number its position, from 1
   * @param stem the question
   * @param chosen the reader's answer, if they gave one
   * @param correct true when it was right
   * @param answer the right answer, with its letter
   * @param explanation why
   * @param sourceHref the article view at the sentence that settles it
   * @param sourceText that sentence
   */
  public record Item(
      int number,
      String stem,
      Optional<String> chosen,
      boolean correct,
      String answer,
      String explanation,
      String sourceHref,
      String sourceText) {
    public Item {
      Objects.requireNonNull(chosen, "chosen");
    }

    /** True when the sentence adds something: the explanation does not quote it already. */
    public boolean showSource() {
      return !sourceText.isEmpty() && !explanation.contains(sourceText);
    }
  }

  public ResultPage {
    Objects.requireNonNull(frame, "frame");
    items = List.copyOf(items);
  }

  /** A word about the score, without judging the reader, in the page's language. */
  public String verdict() {
    if (max == 0) {
      return "";
    }
    if (score == max) {
      return frame.labels().get("result.all");
    }
    return frame.labels().get(percent >= 50 ? "result.good" : "result.explained");
  }

  /** "You scored 3 of 4 (75%)", in the page's language. */
  public String scored() {
    return frame
        .labels()
        .get("result.scored")
        .replace("{0}", Integer.toString(score))
        .replace("{1}", Integer.toString(max))
        .replace("{2}", Integer.toString(percent));
  }
}
