package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The true/false writer's Spanish rules (ADR 21) on every candidate it writes for a Spanish story
 * made up for the project (quiz/es-propuesta.txt), before the gates and the selection.
 */
class SpanishCandidateRulesTest {

  private static List<Candidate> statements;
  private static List<Candidate> all;

  @BeforeAll
  static void write() {
    all = WrittenCandidates.of("/quiz/es-propuesta.txt", "2025-11-06").all();
    statements = all.stream().filter(c -> c.kind() == QuestionKind.TRUE_FALSE).toList();
  }

  @Test
  void noSolamenteSinoTambienIsOneIdeaNotCutInHalf() {
    assertThat(statements).noneMatch(c -> c.stem().endsWith("no solamente a Méndez."));
  }

  @Test
  void aStatementOpeningOnASubordinateClauseIsNotWritten() {
    assertThat(statements).noneMatch(c -> c.stem().contains("Aunque la comisión"));
  }

  @Test
  void ambosAfterACommaLeansOnTheSentenceBefore() {
    QualityGates gates =
        new QualityGates(
            SharedPipeline.resource("/quiz/es-propuesta.txt"),
            List.of("Daniel Cortés", "Rosa Méndez", "Tomás Vega"),
            true);
    assertThat(all)
        .filteredOn(c -> c.stem().contains(", ambos afirmaron"))
        .isNotEmpty()
        .allMatch(c -> gates.check(c).failedGate().isPresent());
  }

  @Test
  void aSecondClauseAfterPeroIsLeftOut() {
    assertThat(statements)
        .anyMatch(
            c -> c.stem().endsWith("Méndez firmó la certificación del resultado el miércoles."))
        .noneMatch(c -> c.stem().contains(", pero "));
  }

  @Test
  void anAppositiveAfterTheClauseIsLeftOutButTheSubjectsPeopleStay() {
    assertThat(statements)
        .anyMatch(
            c -> c.stem().endsWith("Los votantes de Nevada aprobaron el martes la Propuesta 12."))
        .noneMatch(c -> c.stem().endsWith("Daniel Cortés."));
  }

  @Test
  void aFalseTwinReversesTheOutcomeAndKeepsTheStateTheHeadlineNames() {
    List<Candidate> falseOnes =
        statements.stream().filter(c -> c.answer().equals("False")).toList();
    assertThat(falseOnes).anyMatch(c -> c.stem().contains("votantes de Nevada rechazaron"));
    assertThat(falseOnes)
        .allMatch(c -> !c.stem().contains("votantes de") || c.stem().contains("Nevada"));
  }

  @Test
  void aNumberThatNamesALawIsNeitherSwappedNorBlanked() {
    assertThat(statements)
        .filteredOn(c -> c.stem().contains("Propuesta"))
        .allMatch(c -> c.stem().contains("Propuesta 12"));
  }

  @Test
  void aWeekdayIsAnchoredToThePublicationDate() {
    assertThat(statements)
        .filteredOn(c -> c.stem().contains(" el martes") || c.stem().contains(" el miércoles"))
        .isNotEmpty()
        .allMatch(c -> c.stem().contains("(as reported on November 6, 2025)"));
  }
}
