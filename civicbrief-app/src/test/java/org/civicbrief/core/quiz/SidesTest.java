package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a sentence itself rules out is no fair false twin (R17): another state beside a city the
 * sentence names ("The state of California and the city of Portland"). A transit story written for
 * the project (quiz/sides.txt).
 */
class SidesTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/sides.txt", "2025-06-04").all();
  }

  @Test
  void aStateBesideACityOfItIsNotSwapped() {
    assertThat(candidates)
        .filteredOn(c -> c.kind() == QuestionKind.TRUE_FALSE && c.answer().equals("False"))
        .noneMatch(c -> c.stem().contains("city of Portland") && !c.stem().contains("of Oregon"));
  }
}
