package org.civicbrief.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParseDateTest {

  @Test
  void readsIsoDatesAndDateTimesAsWritten() {
    assertThat(ParseDate.parse("2031-03-05")).contains(LocalDate.of(2031, 3, 5));
    assertThat(ParseDate.parse("2031-03-05T23:30:00-05:00")).contains(LocalDate.of(2031, 3, 5));
    assertThat(ParseDate.parse("2031-03-05T08:00:00.000Z")).contains(LocalDate.of(2031, 3, 5));
    assertThat(ParseDate.parse(" 2031-03-05 08:00 ")).contains(LocalDate.of(2031, 3, 5));
  }

  @Test
  void readsRfc1123Dates() {
    assertThat(ParseDate.parse("Wed, 5 Mar 2031 08:00:00 GMT")).contains(LocalDate.of(2031, 3, 5));
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThat(ParseDate.parse("2031-02-30")).isEmpty();
    assertThat(ParseDate.parse("yesterday")).isEmpty();
    assertThat(ParseDate.parse("")).isEmpty();
    assertThat(ParseDate.parse(null)).isEmpty();
  }
}
