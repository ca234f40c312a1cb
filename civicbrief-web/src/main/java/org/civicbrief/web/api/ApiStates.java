package org.civicbrief.web.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.civicbrief.store.briefing.ReviewState;
import org.civicbrief.store.quiz.QuestionVerdict;
import org.civicbrief.web.http.HttpProblem;

/** Reads review states and verdicts from API requests, naming the allowed values when wrong. */
final class ApiStates {

  private ApiStates() {}

  static ReviewState state(String code) {
    for (ReviewState s : ReviewState.values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw HttpProblem.badRequest(
        "The state must be one of "
            + Arrays.stream(ReviewState.values())
                .map(ReviewState::code)
                .collect(Collectors.joining(", "))
            + "; got '"
            + code
            + "'.");
  }

  static QuestionVerdict verdict(String code) {
    for (QuestionVerdict v : QuestionVerdict.values()) {
      if (v.code().equals(code)) {
        return v;
      }
    }
    throw HttpProblem.badRequest(
        "The verdict must be approved, edited or rejected; got '" + code + "'.");
  }
}
