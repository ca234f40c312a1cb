package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CardDatesTest {

  private static final LocalDate MAY_2030 = LocalDate.of(2030, 5, 10);

  @Test
  void aFullDateAMonthOrAYearToldAsPastAfterTheArticleIsLater() {
    assertThat(CardDates.describesLater("The court ruled on June 2, 2030.", MAY_2030)).isTrue();
    assertThat(CardDates.describesLater("The court ruled in June 2030.", MAY_2030)).isTrue();
    assertThat(CardDates.describesLater("Congress repealed it in 2031.", MAY_2030)).isTrue();
  }

  @Test
  void earlierDatesAndScheduledYearsAreNot() {
    assertThat(CardDates.describesLater("The court ruled on May 2, 2030.", MAY_2030)).isFalse();
    assertThat(CardDates.describesLater("The court ruled in May 2030.", MAY_2030)).isFalse();
    assertThat(CardDates.describesLater("The maps hold through the 2032 elections.", MAY_2030))
        .isFalse();
    assertThat(CardDates.describesLater("The law of 1973 still applies.", MAY_2030)).isFalse();
  }
}
