package org.civicbrief.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecognizeSpanishQuantitiesTest {

  private final RecognizeSpanishQuantities quantities = new RecognizeSpanishQuantities();

  private List<String> values(String text) {
    return quantities.find(text, List.of()).stream().map(q -> q.type() + " " + q.value()).toList();
  }

  @Test
  void readsAPointAsThousandsAndACommaAsDecimals() {
    assertThat(values("Llegaron 1.500 soldados.")).containsExactly("NUMBER 1500");
    assertThat(values("Aprobaron la medida con el 63,8% de los votos."))
        .containsExactly("PERCENT 63.8");
  }

  @Test
  void readsScalesAndCurrenciesWrittenAsWords() {
    assertThat(values("Un plan de 2,5 millones de dólares.")).containsExactly("MONEY USD 2500000");
    assertThat(values("Viven allí 2,5 millones de personas.")).containsExactly("NUMBER 2500000");
  }

  @Test
  void readsNumberWords() {
    assertThat(values("Tras una reunión de tres horas.")).containsExactly("NUMBER 3");
  }
}
