package org.civicbrief.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognizeDatesTest {

  private static final Optional<LocalDate> WEDNESDAY_MARCH_12 =
      Optional.of(LocalDate.of(2025, 3, 12));
  private final RecognizeDates dates = new RecognizeDates();

  private String only(String text, Optional<LocalDate> published) {
    List<DateExpression> found = dates.find(text, published);
    assertThat(found).hasSize(1);
    DateExpression d = found.getFirst();
    return text.substring(d.start(), d.end()) + " -> " + d.normalized();
  }

  @Test
  void readsFullDatesAtDayPrecision() {
    assertThat(only("On January 20, 2025, he signed it.", Optional.empty()))
        .isEqualTo("January 20, 2025 -> 2025-01-20");
    assertThat(only("It began on 3 February 2024 in the north.", Optional.empty()))
        .isEqualTo("3 February 2024 -> 2024-02-03");
  }

  @Test
  void anInitialsFullStopDoesNotEndTheSentenceThatSaysWhatIsAhead() {
    // R16: "would meet … in Washington, D.C., on Monday" went to the Monday before publication.
    assertThat(
            only(
                "The governor said she would meet the mayor in Washington, D.C., on Monday.",
                WEDNESDAY_MARCH_12))
        .isEqualTo("on Monday -> ~2025-03-17");
    assertThat(only("The mayor met U.S. officials on Monday. They talked.", WEDNESDAY_MARCH_12))
        .isEqualTo("on Monday -> ~2025-03-10");
  }

  @Test
  void aPlanToldInThePastTakesTheNearestSuchMonthNotTheComingOne() {
    // R16: "was scheduled to be sentenced in July", in a January article, went to the July ahead.
    Optional<LocalDate> january10 = Optional.of(LocalDate.of(2025, 1, 10));
    assertThat(
            only("At first the mayor was scheduled to testify in July, but it moved.", january10))
        .isEqualTo("in July -> ~2024-07");
    assertThat(only("The fee was set to rise on Feb. 19 but is now on hold.", january10))
        .isEqualTo("Feb. 19 -> 2025-02-19");
    assertThat(only("The mayor is scheduled to testify in July.", january10))
        .isEqualTo("in July -> ~2025-07");
  }

  @Test
  void aMonthAfterByInThePastPerfectIsThePastOne() {
    // "the number had fallen to about 100 by October" in a December article went to next October.
    Optional<LocalDate> december10 = Optional.of(LocalDate.of(2025, 12, 10));
    assertThat(only("The crowd had shrunk to a few dozen by October.", december10))
        .isEqualTo("by October -> ~2025-10");
    assertThat(only("The council must vote by October.", december10))
        .isEqualTo("by October -> ~2026-10");
  }

  @Test
  void readsMonthAndYearAsAMonthAndNotAsABareMonth() {
    assertThat(only("López said in March 2023 that it would not happen.", Optional.empty()))
        .isEqualTo("March 2023 -> 2023-03");
  }

  @Test
  void marksQualifiedDatesApproximate() {
    assertThat(only("She took office in late 2024.", Optional.empty()))
        .isEqualTo("late 2024 -> ~2024");
  }

  @Test
  void resolvesRelativeDatesAgainstThePublicationDate() {
    assertThat(only("Last week, the House voted.", WEDNESDAY_MARCH_12))
        .isEqualTo("Last week -> ~2025-03");
    assertThat(only("On Tuesday, the judge declined.", WEDNESDAY_MARCH_12))
        .isEqualTo("On Tuesday -> ~2025-03-11");
    assertThat(only("Officials said on Wednesday that talks resumed.", WEDNESDAY_MARCH_12))
        .isEqualTo("on Wednesday -> ~2025-03-12");
    assertThat(only("The panel met last Wednesday.", WEDNESDAY_MARCH_12))
        .isEqualTo("last Wednesday -> ~2025-03-05");
    assertThat(only("Earlier this year, the agency reported.", WEDNESDAY_MARCH_12))
        .isEqualTo("Earlier this year -> ~2025");
    assertThat(only("Two years ago the plan failed.", WEDNESDAY_MARCH_12))
        .isEqualTo("Two years ago -> ~2023");
  }

  @Test
  void leavesRelativeDatesUnresolvedWithoutAPublicationDate() {
    assertThat(only("Last week, the House voted.", Optional.empty())).isEqualTo("Last week -> ");
  }

  @Test
  void givesAMonthWithoutAYearTheYearOfTheLastFullDateBeforeIt() {
    List<DateExpression> found =
        dates.find(
            "On January 20, 2025, he signed it. By February, six were listed.", Optional.empty());
    assertThat(found)
        .extracting(DateExpression::normalized)
        .containsExactly("2025-01-20", "~2025-02");
  }

  @Test
  void placesAMonthWithoutAYearBeforePublicationInThePast() {
    assertThat(only("In November, the council met.", WEDNESDAY_MARCH_12))
        .isEqualTo("In November -> ~2024-11");
  }

  @Test
  void doesNotTakeNumbersOrDecadesForYears() {
    assertThat(dates.find("About 2,024 people came; the 1990s were different.", Optional.empty()))
        .isEmpty();
  }

  @Test
  void putsADateWithoutAYearAheadWhenTheSentenceSpeaksOfWhatIsComing() {
    Optional<LocalDate> november = Optional.of(LocalDate.of(2025, 11, 5));
    assertThat(only("The mayor-elect will be sworn in on January 1.", november))
        .isEqualTo("January 1 -> 2026-01-01");
    assertThat(only("The shelter stays open through Jan. 30, officials said.", november))
        .isEqualTo("Jan. 30 -> 2026-01-30");
    Optional<LocalDate> january = Optional.of(LocalDate.of(2026, 1, 14));
    assertThat(only("A hearing is set for March 17 in the county court.", january))
        .isEqualTo("March 17 -> 2026-03-17");
    assertThat(only("Results are expected to be released July 1.", january))
        .isEqualTo("July 1 -> 2026-07-01");
  }

  @Test
  void keepsADateWithoutAYearInThePastWhenTheSentenceReportsWhatHappened() {
    Optional<LocalDate> january = Optional.of(LocalDate.of(2026, 1, 14));
    assertThat(only("The governor signed the bill on March 17 after a long fight.", january))
        .isEqualTo("March 17 -> 2025-03-17");
    assertThat(only("Voters approved the measure on Jan. 6.", january))
        .isEqualTo("Jan. 6 -> 2026-01-06");
  }

  @Test
  void leavesADateWithoutAYearUnresolvedWhenTheArticleHasNoDate() {
    assertThat(only("The mayor will be sworn in on January 1.", Optional.empty()))
        .isEqualTo("January 1 -> ");
  }

  @Test
  void aComingWeekdayOrMonthIsAheadAndAPastVerbKeepsADateBehind() {
    Optional<LocalDate> wednesday = Optional.of(LocalDate.of(2025, 1, 15));
    assertThat(only("The president-elect, who takes office on Monday, met aides.", wednesday))
        .isEqualTo("on Monday -> ~2025-01-20");
    Optional<LocalDate> february = Optional.of(LocalDate.of(2024, 2, 20));
    assertThat(only("A decision is expected by June.", february)).isEqualTo("by June -> ~2024-06");
    Optional<LocalDate> april = Optional.of(LocalDate.of(2025, 4, 16));
    assertThat(only("The judge will decide whether officials flouted his March 15 ruling.", april))
        .isEqualTo("March 15 -> 2025-03-15");
  }

  @Test
  void aHearingTheCourtSetForADateIsAhead() {
    Optional<LocalDate> march = Optional.of(LocalDate.of(2024, 3, 6));
    assertThat(only("The court set oral argument for April 22.", march))
        .isEqualTo("April 22 -> 2024-04-22");
  }

  @Test
  void aDayNamingAnEventHasNoYearFromTheArticle() {
    Optional<LocalDate> march = Optional.of(LocalDate.of(2024, 3, 4));
    assertThat(only("Referencing the January 6 Capitol riot, the court ruled.", march))
        .isEqualTo("January 6 -> ");
    assertThat(only("The court tied his conduct to Jan. 6 in its ruling.", march))
        .isEqualTo("Jan. 6 -> ");
    assertThat(only("Lawyers appealed the February 12 ruling.", march))
        .isEqualTo("February 12 -> 2024-02-12");
    assertThat(only("The order was issued on the evening of February 12.", march))
        .isEqualTo("February 12 -> 2024-02-12");
  }

  @Test
  void whatCouldHappenIsAhead() {
    Optional<LocalDate> february = Optional.of(LocalDate.of(2024, 2, 8));
    assertThat(only("The issue could return to them after the election in November.", february))
        .isEqualTo("in November -> ~2024-11");
  }
}
