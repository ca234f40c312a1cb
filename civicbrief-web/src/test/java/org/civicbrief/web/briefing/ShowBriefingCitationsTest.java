package org.civicbrief.web.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.briefing.TestBriefing;
import org.civicbrief.core.civic.CitationKind;
import org.civicbrief.core.civic.LegalCitation;
import org.junit.jupiter.api.Test;

class ShowBriefingCitationsTest {

  @Test
  void thePageListsTheArticlesCitationsWithTheirLinksEvenWithoutACard() {
    String text = "The order cites Executive Order 14160 and Trump v. Ohio.";
    Article article = Article.ofText(text, "t.txt");
    Evidence all = new Evidence(0, 0, text.length());
    BriefItem lead = new BriefItem(text, all, List.of(), false);
    LegalCitation order =
        new LegalCitation(
            CitationKind.EXECUTIVE_ORDER,
            "Executive Order 14160",
            "eo/14160",
            Optional.of("https://www.federalregister.gov/executive-order/14160"),
            new Evidence(0, 16, 37),
            Optional.empty());
    LegalCitation kase =
        new LegalCitation(
            CitationKind.CASE,
            "Trump v. Ohio",
            "case/trump-v.-ohio",
            Optional.empty(),
            new Evidence(0, 42, 55),
            Optional.empty());
    Briefing b =
        TestBriefing.of(article, new Headline(text, Optional.of(all)), lead)
            .legalCitations(List.of(order, kase))
            .build();

    WhyItMatters why = ShowBriefing.whyItMatters(b, e -> "#s" + e.start());

    assertThat(why.isEmpty()).isTrue();
    assertThat(why.citations())
        .containsExactly(
            new WhyItMatters.CitedLine(
                "Executive Order 14160",
                "executive order",
                Optional.of("https://www.federalregister.gov/executive-order/14160"),
                "#s16"),
            new WhyItMatters.CitedLine("Trump v. Ohio", "case", Optional.empty(), "#s42"));
  }
}
