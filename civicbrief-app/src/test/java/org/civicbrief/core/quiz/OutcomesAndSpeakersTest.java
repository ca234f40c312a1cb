package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * False twins by a reversed outcome in the perfect and the passive, never inside a relative clause
 * or across a range or a bound (quiz/outcomes.txt); who-said items where the speaker stands beside
 * the verb that introduces the words, and none through a pronoun (quiz/speakers.txt). Both stories
 * written for the project.
 */
class OutcomesAndSpeakersTest {

  private static List<Candidate> outcomes;
  private static List<Candidate> speakers;

  @BeforeAll
  static void write() {
    outcomes = WrittenCandidates.of("/quiz/outcomes.txt", "2025-06-04").all();
    speakers = WrittenCandidates.of("/quiz/speakers.txt", "2025-06-04").all();
  }

  private static List<String> falseStatements() {
    return outcomes.stream()
        .filter(c -> c.kind() == QuestionKind.TRUE_FALSE && c.answer().equals("False"))
        .map(Candidate::stem)
        .toList();
  }

  @Test
  void anOutcomeInThePerfectOrThePassiveIsReversedInTheSameForm() {
    assertThat(falseStatements())
        .anyMatch(s -> s.contains("has temporarily allowed Marlow County's new downtown parking"))
        .anyMatch(s -> s.contains("The rule was praised by Mayor Rosa Diaz"));
  }

  @Test
  void aVerbInARelativeClauseIsNotTheStatementsOutcome() {
    assertThat(falseStatements()).noneMatch(s -> s.contains("who allowed"));
  }

  @Test
  void aRoleIsNotReplacedByTheNameTheStemAlreadyGives() {
    assertThat(outcomes).noneMatch(c -> c.stem().contains("Judge Alan Whitby who"));
  }

  @Test
  void neitherEndOfARangeNorANumberAfterABoundIsSwapped() {
    assertThat(falseStatements())
        .noneMatch(s -> s.contains("parking fee from") && !s.contains("from 2.5% to 4.1%"))
        .noneMatch(s -> s.contains("more than") && !s.contains("more than 40%"));
  }

  @Test
  void aSpeakerBesideTheVerbIsAskedAboutThoughTheSentenceNamesAnotherPerson() {
    assertThat(speakers)
        .anyMatch(
            c ->
                c.kind() == QuestionKind.WHO_SAID
                    && c.stem().contains("We cannot keep raising fees")
                    && c.answer().equals("Rosa Diaz"));
  }

  @Test
  void aPersonNamedOnceInPassingIsNoSpeakerWhenOthersSpeak() {
    Candidate c =
        speakers.stream()
            .filter(x -> x.kind() == QuestionKind.WHO_SAID && x.answer().equals("Rosa Diaz"))
            .findFirst()
            .orElseThrow();
    assertThat(c.distractors()).contains("Ken Ota").doesNotContain("Ruth Pell");
  }

  @Test
  void aSpeakerFoundThroughAPronounIsNotAskedAbout() {
    assertThat(speakers)
        .noneMatch(
            c -> c.kind() == QuestionKind.WHO_SAID && c.stem().contains("We owe the taxpayers"));
  }
}
