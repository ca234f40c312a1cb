package org.civicbrief.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.text.EntityType;
import org.junit.jupiter.api.Test;

class RecognizeQuantitiesTest {

  private final RecognizeQuantities quantities = new RecognizeQuantities();

  @Test
  void readsMoneyWithItsScaleAndCurrency() {
    List<RecognizeQuantities.Quantity> q =
        quantities.find("They cut $12.5 million from it.", List.of());
    assertThat(q)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.type()).isEqualTo(EntityType.MONEY);
              assertThat(m.value()).isEqualTo("USD 12500000");
            });
  }

  @Test
  void readsPercentagesAndCountsWithThousandsSeparators() {
    List<RecognizeQuantities.Quantity> q =
        quantities.find(
            "Flow fell to 38 percent while 1,500 troops and 2.5 million people waited.", List.of());
    assertThat(q)
        .extracting(RecognizeQuantities.Quantity::type, RecognizeQuantities.Quantity::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntityType.PERCENT, "38"),
            org.assertj.core.groups.Tuple.tuple(EntityType.NUMBER, "1500"),
            org.assertj.core.groups.Tuple.tuple(EntityType.NUMBER, "2500000"));
  }

  @Test
  void skipsSpansAlreadyTakenByDates() {
    String text = "On March 28, 2025, 40 people met.";
    List<RecognizeQuantities.Quantity> q = quantities.find(text, List.of(new int[] {3, 17}));
    assertThat(q).extracting(RecognizeQuantities.Quantity::value).containsExactly("40");
  }

  @Test
  void marksNumberWordsSoThatTheyCountOnlyBeforeANoun() {
    assertThat(quantities.find("six Mexican cartels", List.of()))
        .singleElement()
        .satisfies(m -> assertThat(m.word()).isTrue());
  }
}
