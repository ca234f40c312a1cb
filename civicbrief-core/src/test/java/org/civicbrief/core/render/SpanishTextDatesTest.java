package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.briefing.DatePrecision;
import org.junit.jupiter.api.Test;

/** Dates in a Spanish briefing's Markdown read as Spanish, not as ISO strings (R-es2). */
class SpanishTextDatesTest {

  @Test
  void aSpanishBriefingWritesItsDatesInWords() {
    Labels es = Labels.of("es");
    assertThat(es.date("2025-04-10", DatePrecision.DAY)).isEqualTo("10 de abril de 2025");
    assertThat(es.date("2026", DatePrecision.YEAR)).isEqualTo("2026");
  }

  @Test
  void anEnglishBriefingKeepsItsIsoDates() {
    assertThat(Labels.of("en").date("2025-04-10", DatePrecision.DAY)).isEqualTo("2025-04-10");
  }

  @Test
  void howOftenAnActorAppearsIsSaidWithoutAGenderTheNameMayNotHave() {
    // R-es3: "Corte Suprema — Mencionado 3 veces"; a body or a woman is not "mencionado".
    Labels es = Labels.of("es");
    assertThat(es.get("mentioned").replace("{0}", "3")).isEqualTo("Aparece 3 veces");
    assertThat(es.get("mentionedOnce")).isEqualTo("Aparece una vez");
  }
}
