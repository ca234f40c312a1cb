package org.civicbrief.core.quiz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quiz of a briefing.
 *
 * @param questions the questions, main points first
 * @param target how many questions the article's length called for (one per 150 words, 5 to 15)
 * @param candidates how many candidate questions were written before the gates
 * @param dropped how many candidates each quality gate dropped, by gate name
 */
public record Quiz(
    List<Question> questions, int target, int candidates, Map<String, Integer> dropped) {

  public Quiz {
    questions = List.copyOf(questions);
    dropped = java.util.Collections.unmodifiableMap(new TreeMap<>(dropped));
  }

  /** A quiz with no questions, for briefings built without one. */
  public static Quiz empty() {
    return new Quiz(List.of(), 0, 0, Map.of());
  }
}
