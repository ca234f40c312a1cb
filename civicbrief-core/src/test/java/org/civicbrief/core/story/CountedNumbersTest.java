package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountedNumbersTest {

  @Test
  void aNumberCountsTheWordsAfterIt() {
    List<CountedNumbers.Quantity> q =
        CountedNumbers.of("The governor sent 1,500 National Guard troops to the river.");

    assertThat(q)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.value()).isEqualTo(1500);
              assertThat(x.written()).isEqualTo("1,500 National Guard troops");
              assertThat(x.counted()).contains("troop");
            });
  }

  @Test
  void yearsDaysOfTheMonthAndOrdinalsAreNotCounts() {
    assertThat(
            CountedNumbers.of(
                "On May 30, 2025, the 81st session opened; the vote is set for 4 June at 10 a.m."))
        .isEmpty();
  }

  @Test
  void millionsScaleTheValueAndCurrencyIsWhatIsCounted() {
    assertThat(CountedNumbers.of("The budget adds $240 million for rural schools."))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.value()).isEqualTo(240e6);
              assertThat(x.counted()).contains("$");
            });
  }

  @Test
  void theSameCountedNounWithAnotherValueIsTheSameThingCounted() {
    var before = CountedNumbers.of("It sent 1,500 troops.").getFirst();
    var after = CountedNumbers.of("It will send 10,000 troops.").getFirst();
    var shelters = CountedNumbers.of("It opened three shelters.").getFirst();

    assertThat(after.sameCounted(before)).isTrue();
    assertThat(shelters.sameCounted(before)).isFalse();
  }

  @Test
  void aPartOfAWholeCountsWhatTheWholeCountsAndIsComparedOnlyWithParts() {
    var before =
        CountedNumbers.of("Pruitt said about 14,000 of the state's 52,000 employees could go.");
    var after = CountedNumbers.of("About 16,500 of the state's 52,000 employees were sent home.");

    var part = before.stream().filter(CountedNumbers.Quantity::part).findFirst().orElseThrow();
    var whole = before.stream().filter(q -> !q.part()).findFirst().orElseThrow();
    assertThat(part.value()).isEqualTo(14000);
    assertThat(part.written()).isEqualTo("14,000 of the state's 52,000 employees");
    assertThat(whole.value()).isEqualTo(52000);
    var newPart = after.stream().filter(CountedNumbers.Quantity::part).findFirst().orElseThrow();
    assertThat(newPart.sameCounted(part)).isTrue();
    assertThat(newPart.sameCounted(whole)).isFalse();
  }

  @Test
  void moneyIsTheSameThingCountedOnlyWithTheSameCurrencyAndSomethingBesides() {
    var plan = CountedNumbers.of("The House passed a $47.6 billion version.").getFirst();
    var gap = CountedNumbers.of("The gap had narrowed to about $700 million.").getFirst();
    var plans = CountedNumbers.of("The two plans differ.").getFirst();
    var revised = CountedNumbers.of("It will vote on a $47.1 billion version.").getFirst();

    assertThat(gap.sameCounted(plan)).isFalse();
    assertThat(plans.sameCounted(plan)).isFalse();
    assertThat(revised.sameCounted(plan)).isTrue();
  }
}
