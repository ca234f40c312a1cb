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

  @Test
  void notDoingIsANegationAndAConditionIsNot() {
    assertThat(ContentWords.negated("Lawmakers again failed to pass a budget.")).isTrue();
    assertThat(ContentWords.negatedScope("Lawmakers again failed to pass a budget."))
        .contains("pass", "budget");
    assertThat(ContentWords.negated("The council refused to hear the appeal.")).isTrue();
    assertThat(ContentWords.negated("Revenue declined to 2% last year.")).isFalse();
    assertThat(
            ContentWords.negated(
                "She will sign a budget, as long as it does not cut school aid below this year's"
                    + " level."))
        .isFalse();
    assertThat(ContentWords.negated("She will sign it if it does not cut school aid.")).isFalse();
    assertThat(ContentWords.negated("She will not sign it if it cuts school aid.")).isTrue();
  }

  @Test
  void lightVerbsDoNotTieADenialToAnotherStatement() {
    assertThat(ContentWords.negatedScope("Several boards could not keep staff paid from fees."))
        .doesNotContain("keep")
        .contains("staff");
  }
}
