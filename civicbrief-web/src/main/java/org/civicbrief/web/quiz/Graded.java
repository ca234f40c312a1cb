package org.civicbrief.web.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.quiz.Question;

/**
 * A quiz marked: each question with what the reader chose, and the score.
 *
 * @param items the questions in quiz order
 * @param score how many answers were right
 */
public record Graded(List<Item> items, int score) {

  /**
   * One question marked.
   *
   * @param question the question as readers get it
   * @param chosen the index of the option the reader chose, if they answered
   */
  public record Item(Question question, Optional<Integer> chosen) {
    public Item {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(chosen, "chosen");
    }

    /** True when the reader chose the answer. */
    public boolean correct() {
      return chosen.isPresent() && chosen.get() == question.answerIndex();
    }
  }

  public Graded {
    items = List.copyOf(items);
  }

  /** How many questions there were. */
  public int max() {
    return items.size();
  }

  /** The score in whole percent of all questions. */
  public int percent() {
    return items.isEmpty() ? 0 : (int) Math.round(100.0 * score / items.size());
  }

  /** Marks {@code chosen} (question id to option index) against {@code questions}. */
  public static Graded of(List<Question> questions, java.util.Map<String, Integer> chosen) {
    int score = 0;
    List<Item> items = new java.util.ArrayList<>();
    for (Question q : questions) {
      Optional<Integer> c =
          Optional.ofNullable(chosen.get(q.id())).filter(i -> i >= 0 && i < q.options().size());
      Item item = new Item(q, c);
      score += item.correct() ? 1 : 0;
      items.add(item);
    }
    return new Graded(items, score);
  }
}
