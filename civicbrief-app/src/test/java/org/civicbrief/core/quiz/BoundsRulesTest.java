package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blind round R15's wrong keys and wrong timeline dates, on a county story written for the project
 * (quiz/bounds.txt): a date that ends an act after "until noon on", a statement cut before the
 * phrase that bounds both its objects, a year that ends a state ("through 2030") and a year inside
 * a name ("the War of 1812").
 */
class BoundsRulesTest {

  private static Briefing briefing;
  private static List<Candidate> candidates;

  @BeforeAll
  static void write() {
    WrittenCandidates written = WrittenCandidates.of("/quiz/bounds.txt", "2025-09-03");
    briefing = written.briefing();
    candidates = written.all();
  }

  @Test
  void aDateAfterUntilAndATimeOfDayIsNotWhenTheActHappened() {
    assertThat(candidates)
        .filteredOn(c -> c.kind() == QuestionKind.WHEN)
        .noneMatch(c -> c.stem().contains("froze") || c.answer().contains("September 12"));
  }

  @Test
  void aDateOfTheNounAfterSinceIsNotWhenTheActHappened() {
    // "barred … since Judge Quist's temporary restraining order Aug. 28": the date is the order's;
    // "When has the county been barred … since Judge Quist's order?" asks nothing (Q1).
    assertThat(candidates)
        .filteredOn(c -> c.kind() == QuestionKind.WHEN)
        .noneMatch(c -> c.stem().contains("barred") || c.answer().contains("August 28"));
  }

  @Test
  void aCountOfStatesOrJusticesStaysUnderItsWhole() {
    // R18: 50 and 75 offered as counts of states (D1); twelve justices no court has.
    List<Candidate> counts =
        candidates.stream()
            .filter(c -> c.kind() == QuestionKind.FILL_IN_BLANK)
            .filter(c -> c.answer().equals("25") || c.answer().equals("six"))
            .toList();
    assertThat(counts).extracting(Candidate::answer).contains("25", "six");
    for (Candidate c : counts) {
      int whole = c.answer().equals("25") ? 50 : 10;
      assertThat(c.distractors())
          .as(c.stem() + " " + c.distractors())
          .isNotEmpty()
          .allMatch(d -> QuestionContext.NUMBER_WORDS.indexOf(d) < whole)
          .allMatch(d -> !d.matches("\\d+") || Integer.parseInt(d) < whole);
    }
  }

  @Test
  void aStatementIsNotCutBeforeThePhraseThatBoundsBothItsObjects() {
    assertThat(candidates)
        .filteredOn(c -> c.kind() == QuestionKind.TRUE_FALSE)
        .filteredOn(c -> c.stem().contains("blocked the county"))
        .allMatch(c -> c.stem().contains("for election-day patrols"));
  }

  @Test
  void theTimelineHasNoEndBoundAndNoYearOfAName() {
    assertThat(briefing.timeline())
        .extracting(TimelineEvent::date)
        .doesNotContain("2030", "1812")
        .anyMatch(d -> d.startsWith("2025"));
  }
}
