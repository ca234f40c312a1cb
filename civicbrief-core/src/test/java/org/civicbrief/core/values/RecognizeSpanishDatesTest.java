package org.civicbrief.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognizeSpanishDatesTest {

  // A Thursday.
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 2, 6));
  private final RecognizeSpanishDates dates = new RecognizeSpanishDates();

  private List<String> values(String text) {
    return dates.find(text, PUBLISHED).stream().map(DateExpression::value).toList();
  }

  @Test
  void readsAFullDate() {
    assertThat(values("El bono se aprobó el 20 de enero de 2025 en el pleno."))
        .containsExactly("2025-01-20");
  }

  @Test
  void givesADayWithoutAYearThePublicationYearOrTheNextOneWhenItIsAhead() {
    assertThat(values("La comisión se reunió el 3 de febrero.")).containsExactly("2025-02-03");
    assertThat(values("La comisión se reunirá el 3 de febrero.")).containsExactly("2026-02-03");
  }

  @Test
  void resolvesWeekdaysBackwardsUnlessTheyAreAhead() {
    assertThat(values("El Congreso votó el martes.")).containsExactly("2025-02-04");
    assertThat(values("El Congreso votó el pasado viernes.")).containsExactly("2025-01-31");
    assertThat(values("Firmará la ley el próximo lunes.")).containsExactly("2025-02-10");
  }

  @Test
  void readsTheSameWeekdayOfAnEarlierSentenceAsThatDay() {
    // R-es4: "ordenó este mismo sábado" was no date, so the day's second event had none.
    assertThat(values("Una jueza suspendió este mismo martes el cierre."))
        .containsExactly("2025-02-04");
    assertThat(values("El alcalde respondió el mismo lunes.")).containsExactly("2025-02-03");
  }

  @Test
  void resolvesRelativeExpressions() {
    assertThat(values("Ayer hubo cortes de agua.")).containsExactly("2025-02-05");
    assertThat(values("Hace tres meses empezaron los cortes.")).containsExactly("2024-11");
    assertThat(values("La semana pasada hubo protestas.")).containsExactly("2025-01");
  }

  @Test
  void readsMonthsAndYears() {
    assertThat(values("Las obras empezarán en marzo.")).containsExactly("2025-03");
    assertThat(values("La ley entró en vigor en julio de 2024.")).containsExactly("2024-07");
    assertThat(values("El censo de 2030 cambiará los distritos.")).containsExactly("2030");
  }

  @Test
  void doesNotTakeACountForAYear() {
    assertThat(values("Unos 1.500 hogares y 2.025 personas se quedaron sin agua.")).isEmpty();
  }
}
