package org.civicbrief.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void inflectionsOfOneVerbShareAStem() {
    assertThat(ContentWords.of("planned planning plans")).containsExactly("plan");
  }

  @Test
  void theScopeOfANegationIsTheRestOfItsClause() {
    assertThat(ContentWords.negatedScope("Officials met, but there is no evidence of planning."))
        .containsExactly("evidence", "plan");
  }

  @Test
  void namesAreLeftOutWhenComparingWhatIsAffirmedOrDenied() {
    assertThat(ContentWords.of(ContentWords.withoutNames("We will not leave Port Alder alone")))
        .containsExactly("leave", "alone");
  }

  @Test
  void aNegatedStatementIsNotTheSameAsItsAffirmation() {
    assertThat(
            ContentWords.sameStatement(
                "The council approved the budget", "The council has not approved the budget", 0.6))
        .isFalse();
    assertThat(
            ContentWords.sameStatement(
                "The council approved the budget on Monday",
                "On Monday the council approved the budget",
                0.6))
        .isTrue();
  }
}
