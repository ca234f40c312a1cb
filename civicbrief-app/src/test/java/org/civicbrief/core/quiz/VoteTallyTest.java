package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A blank on the tally of the vote a fact reports, with other tallies of the same body and the same
 * winner as options; never on a body's make-up ("a 4-3 majority on the zoning panel")
 * (quiz/vote-tallies.txt, written for the project).
 */
class VoteTallyTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/vote-tallies.txt", "2025-05-14").all();
  }

  private static List<Candidate> tallies(String key) {
    return candidates.stream()
        .filter(c -> c.kind() == QuestionKind.FILL_IN_BLANK && c.answer().equals(key))
        .toList();
  }

  @Test
  void theBoardsVoteIsAskedWithOtherWinningSplitsOfSeven() {
    assertThat(tallies("5-2")).isNotEmpty();
    Candidate c = tallies("5-2").get(0);
    assertThat(c.stem()).contains("passed a $12 million ferry levy _____ on Tuesday");
    assertThat(c.distractors()).containsExactly("7-0", "6-1");
  }

  @Test
  void aChambersVoteKeepsItsDashAndItsOutcome() {
    assertThat(tallies("31–17")).isNotEmpty();
    for (String d : tallies("31–17").get(0).distractors()) {
      String[] sides = d.split("–");
      assertThat(Integer.parseInt(sides[0]) + Integer.parseInt(sides[1])).isEqualTo(48);
      assertThat(Integer.parseInt(sides[0])).isGreaterThan(Integer.parseInt(sides[1]));
    }
  }

  @Test
  void aMajorityThatSitsIsNoVote() {
    assertThat(tallies("4-3")).isEmpty();
  }

  @Test
  void aPassingVoteIsAlsoAskedAsAQuestionThatNamesTheAct() {
    assertThat(candidates)
        .anyMatch(
            c ->
                c.kind() == QuestionKind.HOW_MANY
                    && c.answer().equals("5-2")
                    && c.stem().contains("by what vote did the Harlan County board")
                    && c.stem().contains("pass a $12 million ferry levy"));
  }
}
