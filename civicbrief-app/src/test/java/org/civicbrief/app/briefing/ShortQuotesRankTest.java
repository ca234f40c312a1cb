package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/**
 * A few quoted words inside a report ("the bill was “officially law.”") count for less than a whole
 * statement: they do not rank a spokesperson above the governor who acted, and they are no actor's
 * stance line ("Said: “fair deal”" says nothing about where the mayor stands).
 */
class ShortQuotesRankTest {

  private static Briefing briefing() {
    return SharedPipeline.pipeline()
        .brief(SharedPipeline.article("/briefing/short-quotes-rank.txt", "2025-07-23"))
        .briefing();
  }

  @Test
  void aSpokespersonsShortQuotesDoNotOutrankTheActor() {
    assertThat(briefing().actors())
        .extracting(Actor::name)
        .containsSubsequence("Paul Brandt", "Dan Ruiz");
  }

  @Test
  void aShortQuoteIsNoStance() {
    assertThat(briefing().actors())
        .filteredOn(a -> a.name().equals("Lena Ortiz"))
        .flatExtracting(a -> a.stance().map(BriefItem::text).stream().toList())
        .noneMatch(text -> text.contains("fair deal"));
  }
}
