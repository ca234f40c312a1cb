package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who-said options of the speaker's kind: a spokesperson's words get no judge as a wrong answer,
 * while a judge's words may get the story's other people (quiz/party-speaker.txt, written for the
 * project).
 */
class PartySpeakerTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/party-speaker.txt", "2025-05-14").all();
  }

  private static Candidate whoSaid(String words) {
    return candidates.stream()
        .filter(c -> c.kind() == QuestionKind.WHO_SAID && c.stem().contains(words))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSpokespersonsWordsAreNotOfferedAsAJudges() {
    assertThat(whoSaid("The agency followed every rule").distractors())
        .doesNotContain("Lind", "Paul Crane");
  }

  @Test
  void aJudgesWordsMayBeOfferedAsAnotherPersonsOfTheStory() {
    assertThat(whoSaid("Nobody here wants a channel").distractors()).contains("Nora Veld");
  }

  @Test
  void noOneNamedOnceFillsTheOptionsWhereTheJudgesWereLeftOut() {
    assertThat(whoSaid("The agency followed every rule").distractors())
        .doesNotContain("Ellen Ward");
  }
}
