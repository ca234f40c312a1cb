package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void aSpanishArticleGetsSpanishLabelsAndAnyOtherEnglishOnes() {
    assertThat(Labels.of("es").get("summary")).isEqualTo("Resumen");
    assertThat(Labels.of("en").get("summary")).isEqualTo("Summary");
    assertThat(Labels.of("fr").get("quiz")).isEqualTo("Test your knowledge");
  }

  @Test
  void aSpanishBriefingCreditsItsSourcesInSpanish() {
    assertThat(Labels.of("es").get("according")).isEqualTo("según");
    assertThat(Labels.of("es").get("and")).isEqualTo("y");
    assertThat(Labels.of("en").get("according")).isEqualTo("according to");
  }
}
