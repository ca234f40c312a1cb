package org.civicbrief.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyInWordsTest {

  @Test
  void anAmountFollowedByACurrencyWordIsMoneyInThatCurrency() {
    var found =
        new RecognizeQuantities().find("The city set aside 40 million pesos for it.", List.of());
    assertThat(found)
        .extracting(RecognizeQuantities.Quantity::value)
        .containsExactly("MXN 40000000");
  }
}
