package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Evidence;
import org.junit.jupiter.api.Test;

class AttributionTest {

  private static BriefItem item(String text, String... sources) {
    return new BriefItem(text, new Evidence(0, 0, text.length()), List.of(sources), false);
  }

  @Test
  void aStatementThatNamesItsSourceGetsNoTagRepeatingIt() {
    // R15: "NBC News called the race … [according to NBC News]".
    assertThat(Attribution.claimedBy(item("NBC News called the race at 8 p.m.", "NBC News")))
        .isEmpty();
    assertThat(Attribution.claimedBy(item("They noted that the law allows it.", "They"))).isEmpty();
  }

  @Test
  void aSourceTheStatementDoesNotNameIsStillShown() {
    assertThat(Attribution.claimedBy(item("Turnout rose by a third.", "the county clerk")))
        .contains("according to the county clerk");
    assertThat(
            Attribution.claimedBy(
                item("The clerk said turnout rose by a third.", "the clerk", "The Ledger")))
        .contains("according to The Ledger");
  }
}
