package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;
import org.junit.jupiter.api.Test;

/**
 * Spanish stems that name no one the reader knows (R-es2: "la deportación del padre"), on a story
 * written for the project.
 */
class SpanishStemGatesTest {

  private static final String TEXT =
      "El pescador Ramón Ortega fue detenido en el puerto de Salinas. "
          + "La Oficina de Migración del Estado declaró posteriormente que un error provocó la"
          + " detención del padre. "
          + "La Oficina de Migración del Estado liberó el viernes a Ramón Ortega en Salinas.";

  private static Candidate statement(String body, int sentence) {
    int start = TEXT.indexOf(body);
    return new Candidate(
        QuestionKind.TRUE_FALSE,
        "True or false: " + body,
        "True",
        List.of("False"),
        AnswerType.TRUTH,
        "because the article says so",
        new Evidence(sentence, start, start + body.length()),
        "article",
        1.0,
        0.5,
        Set.of(),
        Set.of());
  }

  private static final QualityGates GATES =
      new QualityGates(TEXT, List.of("Ramón Ortega", "Ortega"), true);

  @Test
  void aRelativeWithNoNameAndPosteriormenteLeanOnTheSentenceBefore() {
    Candidate c =
        statement(
            "La Oficina de Migración del Estado declaró posteriormente que un error provocó la"
                + " detención del padre.",
            1);
    assertThat(GATES.check(c).failedGate()).contains(QualityGates.DANGLING);
  }

  @Test
  void aStatementThatNamesItsPeopleStands() {
    Candidate c =
        statement(
            "La Oficina de Migración del Estado liberó el viernes a Ramón Ortega en Salinas.", 2);
    assertThat(GATES.check(c).failedGate())
        .isNotEqualTo(java.util.Optional.of(QualityGates.DANGLING));
  }
}
