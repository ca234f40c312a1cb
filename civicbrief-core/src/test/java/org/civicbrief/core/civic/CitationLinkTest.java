package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.junit.jupiter.api.Test;

/** A citation of a card's provision travels with that card's why-it-matters sentence, once. */
class CitationLinkTest {

  private static final ConceptCard INSURRECTION =
      TestCards.sourced(
          "insurrection-act",
          Category.LAW,
          "10 U.S.C. §§ 251–255 (Insurrection Act)",
          "Insurrection Act",
          List.of());

  private static final ConceptCard CITIZENSHIP =
      TestCards.sourced(
          "citizenship-clause",
          Category.CONSTITUTIONAL_PROVISION,
          "U.S. Constitution, Fourteenth Amendment, Section 1",
          "birthright citizenship",
          List.of());

  private static CivicContext explain(String text, List<ConceptCard> cards) {
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    return new ExplainContext()
        .explain(
            a,
            Layout.of(a),
            new MatchConcepts(cards).match(a),
            new ClassifyStatements().classify(a),
            new FindCitations().find(a));
  }

  @Test
  void theCardItemCarriesTheCitationOfItsStatuteAndTheRestStandAlone() {
    CivicContext c =
        explain(
            "Troops Sent to City\n"
                + "The president invoked the Insurrection Act on Monday.\n"
                + "The proclamation cites 10 U.S.C. 251 and Executive Order 14160.",
            List.of(INSURRECTION));
    assertThat(c.whyItMatters())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.citation().cardId()).isEqualTo("insurrection-act");
              assertThat(i.cited())
                  .extracting(LegalCitation::text)
                  .containsExactly("10 U.S.C. § 251");
              assertThat(i.cited().getFirst().cardId()).contains("insurrection-act");
            });
    assertThat(c.citations())
        .extracting(LegalCitation::text)
        .containsExactly("Executive Order 14160");
    assertThat(c.allCitations()).hasSize(2);
  }

  @Test
  void anAmendmentCitedWholeIsTiedToTheCardOnOneOfItsSections() {
    CivicContext c =
        explain(
            "Order Challenged\n"
                + "The order on birthright citizenship was challenged in court on Tuesday.\n"
                + "The states argue it violates the 14th Amendment.",
            List.of(CITIZENSHIP));
    assertThat(c.whyItMatters().getFirst().cited())
        .extracting(LegalCitation::key)
        .containsExactly("const/amendment/14");
    assertThat(c.citations()).isEmpty();
  }

  @Test
  void anotherSectionOfTheSameAmendmentIsNotTheCardsProvision() {
    CivicContext c =
        explain(
            "Ballot Case Heard\n"
                + "The case turns on birthright citizenship, lawyers said.\n"
                + "The court weighed Section 3 of the 14th Amendment.",
            List.of(CITIZENSHIP));
    assertThat(c.whyItMatters().getFirst().cited()).isEmpty();
    assertThat(c.citations())
        .extracting(LegalCitation::text)
        .containsExactly("U.S. Constitution, Fourteenth Amendment, Section 3");
  }

  @Test
  void citationsAreFoundWithoutAnyCard() {
    AnnotatedArticle a = TinyAnnotator.annotate("The rule amends 8 CFR 214.2 for students.");
    assertThat(new FindCitations().find(a))
        .singleElement()
        .satisfies(
            c -> assertThat(c.url()).contains("https://www.law.cornell.edu/cfr/text/8/214.2"));
  }
}
