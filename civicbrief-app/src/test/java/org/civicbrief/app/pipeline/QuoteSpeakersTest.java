package org.civicbrief.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.junit.jupiter.api.Test;

/** Quotes go to the person who said them, not to the nearest name. */
class QuoteSpeakersTest {

  private static Briefing brief(String fixture, String published) {
    return SharedPipeline.pipeline().brief(SharedPipeline.article(fixture, published)).briefing();
  }

  private static Quote quote(Briefing b, String words) {
    return b.quotes().stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void aPronounAfterAnInterviewGoesToTheSpeakerNotToTheInterviewer() {
    Briefing b = brief("/fixtures/radio-interview.txt", "2025-06-05");
    assertThat(quote(b, "finish the wall").speaker()).isEqualTo("John Hale");
  }

  @Test
  void heSaidRightAfterANamedSpeakersQuoteContinuesThatSpeakerNotAManNamedBefore() {
    Briefing b = brief("/fixtures/pier-ruling.txt", "2025-06-02");
    assertThat(quote(b, "every family").speaker()).isEqualTo("Tavish Orrin");
    assertThat(quote(b, "reckless from the start").speaker()).isEqualTo("Tavish Orrin");
  }

  @Test
  void theSubjectOfTheVerbThatOpensAQuoteSpeaksItNotTheSubjectOfALaterClause() {
    Briefing b = brief("/fixtures/budget-talks.txt", "2025-06-03");
    assertThat(quote(b, "no budget until").speaker()).isEqualTo("Lena Fisk");
  }

  @Test
  void heSaysAfterAQuoteIsTheSentencesSubjectNotAManNamedAsItsObject() {
    Briefing b = brief("/fixtures/fraud-sentence.txt", "2025-06-06");
    assertThat(quote(b, "repay every buyer").speaker()).contains("Orlov");
  }

  @Test
  void sheIsTheWomanNamedNotTheJudgeWhoseGenderTheArticleDoesNotTell() {
    Briefing b = brief("/fixtures/shelter-appeal.txt", "2025-06-04");
    BriefItem dissent =
        Stream.concat(b.summary().stream(), b.coreFacts().stream())
            .filter(i -> i.text().contains("she disagrees"))
            .findFirst()
            .orElseThrow();
    assertThat(dissent.attributedTo()).containsExactly("Ruth Castellanos");
  }

  @Test
  void aParticiplesSpeakerIsTheSentencesSubjectNotANameAfterItsVerb() {
    // "Union lawyers urged a judge to order talks with Nevada Ferries Inc. …, saying …": the
    // lawyers speak, not the company named as an object (R14: a quote given to "El Salvador").
    Briefing b = brief("/fixtures/ferry-lawsuit.txt", "2025-06-03");
    assertThat(b.quotes())
        .filteredOn(q -> q.text().contains("months without a paycheck"))
        .noneMatch(q -> q.speaker().contains("Nevada"));
  }
}
