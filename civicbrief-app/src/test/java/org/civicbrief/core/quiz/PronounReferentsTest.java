package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sentence that opens on "She" or "His" leans on the one before it (REVIEW.md Q2): the stem names
 * the person that sentence's subject is, when no one else there could be meant, and never a person
 * whose first name says the other gender. A ferry story written for the project
 * (quiz/pronouns.txt).
 */
class PronounReferentsTest {

  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    candidates = WrittenCandidates.of("/quiz/pronouns.txt", "2025-05-08").all();
  }

  private static List<String> bodies() {
    return candidates.stream()
        .map(c -> c.stem().replaceFirst("^(True or false|Fill in the blank)( \\([^)]*\\))?: ", ""))
        .toList();
  }

  @Test
  void aSentenceOpeningOnHisOrHerNamesWhoseItIs() {
    assertThat(bodies())
        .anyMatch(b -> b.startsWith("Nadia Ferrell’s office said the audit covered"))
        .anyMatch(b -> b.startsWith("Owen Stroud’s report said"));
  }

  @Test
  void sheIsTheSubjectBeforeHerWhenTheOtherPersonThereIsAMan() {
    assertThat(bodies()).anyMatch(b -> b.startsWith("Carla Jimenez said the city had ended"));
  }

  @Test
  void aPronounOfTheOtherGenderIsNeverGivenTheSubjectsName() {
    assertThat(bodies()).noneMatch(b -> b.contains("Irene Walsh appealed"));
  }
}
