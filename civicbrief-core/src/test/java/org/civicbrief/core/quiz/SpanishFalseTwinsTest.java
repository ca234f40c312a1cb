package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spanish false twins by a group's side, and the numbers a Spanish quiz does not blank or swap
 * (R-es3: six of seven true/false keys "Verdadero", "de _____ años", one fact asked twice), on
 * sentences written for the project.
 */
class SpanishFalseTwinsTest {

  private static String[] swap(String body, String headline) {
    return SpanishSides.swap(body, headline, i -> false).orElse(null);
  }

  @Test
  void aGroupsSideIsSwappedForTheOtherSideInItsGenderAndNumber() {
    assertThat(
            swap("Una mayoría conservadora del tribunal bloqueó el reparto del agua.", "Agua")[0])
        .isEqualTo("Una mayoría liberal del tribunal bloqueó el reparto del agua.");
    assertThat(swap("Los demócratas del condado pidieron un recuento.", "Recuento")[0])
        .isEqualTo("Los republicanos del condado pidieron un recuento.");
    assertThat(swap("Las juezas liberales votaron en contra del plan.", "Plan")[0])
        .isEqualTo("Las juezas conservadoras votaron en contra del plan.");
  }

  @Test
  void onePersonsPartyAPartysNameBothSidesOrAHeadlineThatNamesASideAreNotSwapped() {
    assertThat(swap("El gobernador demócrata firmó la ley del agua.", "Agua")).isNull();
    assertThat(swap("La senadora republicana Elena Robles pidió un referéndum.", "Agua")).isNull();
    assertThat(swap("La mayoría del Partido Republicano aprobó el plan.", "Plan")).isNull();
    assertThat(swap("Demócratas y republicanos votaron juntos el plan.", "Plan")).isNull();
    assertThat(swap("El mapa favorecerá a los demócratas en 2026.", "Un mapa para republicanos"))
        .isNull();
  }

  @Test
  void aSideInsideAQuotationIsTheSpeakersWordsNotTheStatementsFact() {
    assertThat(SpanishSides.swap("Dijo que “los conservadores” perdieron.", "X", i -> i > 8))
        .isEmpty();
  }

  @Test
  void anOptionWhoseRoleSaysTheOtherPartyIsRuledOutByTheStem() {
    assertThat(
            SpanishSides.otherParty(
                "_____ busca conservar la mayoría republicana del senado.", "gobernador demócrata"))
        .isTrue();
    assertThat(SpanishSides.otherParty("_____ busca conservar la mayoría.", "gobernador demócrata"))
        .isFalse();
  }

  @Test
  void anAgeAndANumberAfterABoundAreNeitherBlankedNorSwapped() {
    String text = "Ferrer, de 58 años, firmó la ley. Más de 200 familias y 40 pueblos la apoyan.";
    assertThat(SpanishQuiz.age(text, text.indexOf("58"), text.indexOf("58") + 2)).isTrue();
    assertThat(SpanishQuiz.afterBound(text, text.indexOf("200"))).isTrue();
    assertThat(SpanishQuiz.afterBound(text, text.indexOf("40"))).isFalse();
    String sentence = "El juez lo condenó a 10 años de prisión.";
    assertThat(SpanishQuiz.age(sentence, sentence.indexOf("10"), sentence.indexOf("10") + 2))
        .isFalse();
  }

  @Test
  void twoStatementsOfOneFactAreOneFact() {
    assertThat(
            SpanishQuiz.restates(
                "True or false: La gobernadora Marta Quiroga invocó el martes la Ley de Aguas"
                    + " Fronterizas.",
                List.of(
                    "True or false: La gobernadora Quiroga firmó un decreto invocando la Ley de"
                        + " Aguas Fronterizas de 1911.")))
        .isTrue();
    assertThat(
            SpanishQuiz.restates(
                "True or false: Un juez ordenó a Quiroga suspender el uso de la Ley de Aguas"
                    + " Fronterizas.",
                List.of(
                    "True or false: La gobernadora Marta Quiroga invocó el martes la Ley de Aguas"
                        + " Fronterizas.")))
        .isFalse();
  }

  @Test
  void aLawTheStatementNamesIsSwappedForOneTheArticleDoesNotName() {
    String text =
        "La gobernadora invocó el martes la Ley de Insurrección. Nadie citó la Ley Stafford.";
    String body = "La gobernadora invocó el martes la Ley de Insurrección.";
    String[] r = SpanishLaws.swap(body, text, i -> false, 7).orElseThrow();
    assertThat(r[1]).isEqualTo("Ley de Insurrección");
    assertThat(r[2]).isNotIn("Ley de Insurrección", "Ley Stafford");
    assertThat(r[0]).isEqualTo("La gobernadora invocó el martes la " + r[2] + ".");
    // Two laws in one statement: which one is the fact is unclear.
    assertThat(
            SpanishLaws.swap("Citó la Ley de Insurrección y la Ley Stafford.", text, i -> false, 7))
        .isEmpty();
  }
}
