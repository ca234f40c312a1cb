package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * An article with no title is headed by its lead's opening clause, whole, not by the lead cut after
 * a dozen words (R19 read "… were leaving the state to deny…" as a truncated headline).
 */
class HeadlineFromLeadTest {

  @Test
  void anUntitledArticleIsHeadedByItsLeadsOpeningClause() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/headline-from-lead.txt", "2025-08-04"))
            .briefing();
    assertThat(b.headline().text())
        .isEqualTo(
            "Eleven valley lawmakers left the capital on Sunday to deny the majority the quorum it"
                + " needs to pass the school funding plan");
  }
}
