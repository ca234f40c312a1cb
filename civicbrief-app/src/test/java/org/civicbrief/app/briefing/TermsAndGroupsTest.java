package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * A term the writer puts in quotation marks is no one's quote, and a group named by a plural ("Both
 * leaders") is no person among the sources (R20: the writer's so-called "universal injunctions"
 * given to the president; "Both leaders" listed as a person).
 */
class TermsAndGroupsTest {

  private static Briefing brief() {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article("/briefing/terms-and-groups.txt", "2025-06-03"))
        .briefing();
  }

  @Test
  void aSoCalledTermIsNoQuote() {
    Briefing b = brief();
    assertThat(b.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("emergency closures"));
    assertThat(b.quotes()).extracting(Quote::text).anyMatch(t -> t.startsWith("We are closer"));
  }

  @Test
  void aPluralGroupIsNoPersonSource() {
    assertThat(brief().sources()).extracting(SourceRef::name).doesNotContain("Both leaders");
  }

  @Test
  void aPresidentNamedAsWhoAppointedTheJudgeIsNoSource() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/appointee-source.txt", "2025-06-04"))
            .briefing();
    assertThat(b.sources()).extracting(SourceRef::name).doesNotContain("Ronald Reagan");
  }
}
