package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A country a Spanish sentence names beside a U.S. state does not pin the state as a city does
 * (R-es3: the lead statements of a summit had no false twin and leaned the keys to "Verdadero"), on
 * a story written for the project (quiz/es-cumbre.txt); and a law named for another law.
 */
class SpanishStateSwapTest {

  private static List<Candidate> statements;

  @BeforeAll
  static void write() {
    statements =
        WrittenCandidates.of("/quiz/es-cumbre.txt", "2025-06-14").all().stream()
            .filter(c -> c.kind() == QuestionKind.TRUE_FALSE)
            .toList();
  }

  @Test
  void aStateBesideCountriesNamedInSpanishHasItsFalseTwin() {
    assertThat(statements)
        .anySatisfy(
            c -> {
              assertThat(c.answer()).isEqualTo("False");
              assertThat(c.stem()).contains("concluyeron en").doesNotContain("en Alaska");
            });
  }

  @Test
  void aLawTheStatementNamesHasAFalseTwinNamingAnotherLaw() {
    assertThat(statements)
        .anySatisfy(
            c -> {
              assertThat(c.answer()).isEqualTo("False");
              assertThat(c.stem()).contains("invocó el viernes la Ley").doesNotContain("Guerra");
            });
  }
}
