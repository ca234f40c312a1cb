package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FindCitationsTest {

  private static ConceptCard sourced(String title) {
    return TestCards.sourced("a-card", Category.LAW, title, "a card", List.of());
  }

  private static List<CitationForms.Found> found(String sentence) {
    return CitationForms.find(sentence);
  }

  private static CitationForms.Found only(String sentence) {
    List<CitationForms.Found> all = found(sentence);
    assertThat(all).as(sentence).hasSize(1);
    return all.getFirst();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The proclamation invokes 8 U.S.C. § 1182(f) to bar entry. | US_CODE | 8 U.S.C. § 1182(f) | usc/8/1182/f | https://www.law.cornell.edu/uscode/text/8/1182
          The order cites 10 U.S.C. 12406 for the call-up. | US_CODE | 10 U.S.C. § 12406 | usc/10/12406 | https://www.law.cornell.edu/uscode/text/10/12406
          Lawyers pointed to 10 USC 251 in their brief. | US_CODE | 10 U.S.C. § 251 | usc/10/251 | https://www.law.cornell.edu/uscode/text/10/251
          The resolution is codified at 50 U.S.C. §§ 1541–1548. | US_CODE | 50 U.S.C. §§ 1541–1548 | usc/50/1541 | https://www.law.cornell.edu/uscode/text/50/1541
          The governor relied on Section 12406 of Title 10 of the U.S. Code. | US_CODE | 10 U.S.C. § 12406 | usc/10/12406 | https://www.law.cornell.edu/uscode/text/10/12406
          The troops were moved to Title 10 status on Friday. | US_CODE | Title 10 of the U.S. Code | usc/10 | https://www.law.cornell.edu/uscode/text/10
          The guidance rests on Title IX, the agency said. | US_CODE | Title IX of the Education Amendments of 1972 (20 U.S.C. § 1681) | usc/20/1681 | https://www.law.cornell.edu/uscode/text/20/1681
          The judge found a breach of Title VI of the 1964 Civil Rights Act. | US_CODE | Title VI of the Civil Rights Act of 1964 (42 U.S.C. § 2000d) | usc/42/2000d | https://www.law.cornell.edu/uscode/text/42/2000d
          Administrators were reminded that Title 6 of the Civil Rights Act of 1964 applies. | US_CODE | Title VI of the Civil Rights Act of 1964 (42 U.S.C. § 2000d) | usc/42/2000d | https://www.law.cornell.edu/uscode/text/42/2000d
          The tariffs rest on Section 232 of the Trade Expansion Act of 1962. | ACT_SECTION | Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. § 1862) | usc/19/1862 | https://www.law.cornell.edu/uscode/text/19/1862
          The map was challenged under Section 2 of the Voting Rights Act. | ACT_SECTION | Section 2 of the Voting Rights Act (52 U.S.C. § 10301) | usc/52/10301 | https://www.law.cornell.edu/uscode/text/52/10301
          The ban relies on section 212(f) of the Immigration and Nationality Act. | ACT_SECTION | Section 212(f) of the Immigration and Nationality Act (8 U.S.C. § 1182(f)) | usc/8/1182/f | https://www.law.cornell.edu/uscode/text/8/1182
          New Section 232 tariffs on copper took effect at midnight. | ACT_SECTION | Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. § 1862) | usc/19/1862 | https://www.law.cornell.edu/uscode/text/19/1862
          The judge said the president acted under § 12406(3) in calling up the Guard. | US_CODE | 10 U.S.C. § 12406(3) | usc/10/12406/3 | https://www.law.cornell.edu/uscode/text/10/12406
          The former officials sued under Section 1983, the civil rights statute. | US_CODE | 42 U.S.C. § 1983 | usc/42/1983 | https://www.law.cornell.edu/uscode/text/42/1983
          The ban was issued under Section 212(f), the proclamation says. | ACT_SECTION | Section 212(f) of the Immigration and Nationality Act (8 U.S.C. § 1182(f)) | usc/8/1182/f | https://www.law.cornell.edu/uscode/text/8/1182
          The plaintiffs cited section three of the Fourteenth Amendment of the United States. | CONSTITUTION | U.S. Constitution, Fourteenth Amendment, Section 3 | const/amendment/14/section/3 | https://constitution.congress.gov/constitution/amendment-14/
          The bill was signed as Pub. L. 118-50 in April. | PUBLIC_LAW | Pub. L. 118-50 | pl/118/50 | https://www.govinfo.gov/app/details/PLAW-118publ50
          The War Powers Resolution is Public Law 93-148. | PUBLIC_LAW | Pub. L. 93-148 | pl/93/148 |
          The rule amends 8 CFR 214.2 for student visas. | REGULATION | 8 C.F.R. § 214.2 | cfr/8/214/2 | https://www.law.cornell.edu/cfr/text/8/214.2
          The agency rewrote 8 C.F.R. part 214 last year. | REGULATION | 8 C.F.R. Part 214 | cfr/8/214 | https://www.law.cornell.edu/cfr/text/8/part-214
          The vesting clause of Article II, Section 1 gives the power to the president. | CONSTITUTION | U.S. Constitution, Article II, Section 1 | const/article/2/section/1 | https://constitution.congress.gov/constitution/article-2/
          Congress acts under Article I, Section 8, Clause 3 of the Constitution. | CONSTITUTION | U.S. Constitution, Article I, Section 8, Clause 3 | const/article/1/section/8/clause/3 | https://constitution.congress.gov/constitution/article-1/
          The president claimed broad Article II powers over the agency. | CONSTITUTION | U.S. Constitution, Article II | const/article/2 | https://constitution.congress.gov/constitution/article-2/
          The suit says the order violates the 14th Amendment. | CONSTITUTION | U.S. Constitution, Fourteenth Amendment | const/amendment/14 | https://constitution.congress.gov/constitution/amendment-14/
          Scholars disagree about the Fourteenth Amendment's citizenship clause. | CONSTITUTION | U.S. Constitution, Fourteenth Amendment (citizenship clause) | const/amendment/14 | https://constitution.congress.gov/constitution/amendment-14/
          The court weighed Section 3 of the 14th Amendment for the first time. | CONSTITUTION | U.S. Constitution, Fourteenth Amendment, Section 3 | const/amendment/14/section/3 | https://constitution.congress.gov/constitution/amendment-14/
          The states invoked the Tenth Amendment to the United States Constitution. | CONSTITUTION | U.S. Constitution, Tenth Amendment | const/amendment/10 | https://constitution.congress.gov/constitution/amendment-10/
          The justices cited Trump v. United States (2024) in the order. | CASE | Trump v. United States (2024) | case/trump-v.-united-states | https://www.supremecourt.gov/docket/docketfiles/html/public/23-939.html
          The court will hear Trump v. Anderson (23-719) next month. | CASE | Trump v. Anderson | case/trump-v.-anderson | https://www.supremecourt.gov/docket/docketfiles/html/public/23-719.html
          In United States v. Nixon, the justices ruled against the president. | CASE | United States v. Nixon | case/united-states-v.-nixon | https://www.law.cornell.edu/supremecourt/text/418/683
          The ruling overturned Brown v. Board of Education in no way, the judge said. | CASE | Brown v. Board of Education | case/brown-v.-board-of-education | https://www.law.cornell.edu/supremecourt/text/347/483
          Before Roe v. Wade made abortion legal, the state's rules varied. | CASE | Roe v. Wade | case/roe-v.-wade | https://www.law.cornell.edu/supremecourt/text/410/113
          The court relied on Mapp v. Ohio, 367 U.S. 643 (1961), to exclude it. | CASE | Mapp v. Ohio (1961) | case/mapp-v.-ohio | https://www.law.cornell.edu/supremecourt/text/367/643
          The court cited Gundy v. United States, 588 U.S. 128 (2019), on delegation. | CASE | Gundy v. United States (2019) | case/gundy-v.-united-states |
          The president signed Executive Order 14160 on his first day. | EXECUTIVE_ORDER | Executive Order 14160 | eo/14160 | https://www.federalregister.gov/executive-order/14160
          The sanctions flow from Executive Order No. 13,224 of 2001. | EXECUTIVE_ORDER | Executive Order 13224 | eo/13224 | https://www.federalregister.gov/executive-order/13224
          Internment followed Executive Order 9066 in 1942. | EXECUTIVE_ORDER | Executive Order 9066 | eo/9066 |
          """)
  void readsEachWrittenForm(String sentence, String kind, String text, String key, String url) {
    CitationForms.Found f = only(sentence);
    assertThat(f.kind()).isEqualTo(CitationKind.valueOf(kind));
    assertThat(f.text()).isEqualTo(text);
    assertThat(f.key()).isEqualTo(key);
    assertThat(f.url()).isEqualTo(Optional.ofNullable(url));
    assertThat(sentence.substring(f.start(), f.end())).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The family has waited three years for a Section 8 housing voucher.",
        "Section 8 of the lease lets the landlord enter with notice.",
        "In this article, we look at the best hiking trails near the city.",
        "Article 5 of the North Atlantic Treaty commits allies to collective defense.",
        "Article II of the trade agreement sets out the tariff schedule.",
        "The senator offered the first amendment to the spending bill.",
        "Assembly Constitutional Amendment 8 would authorize a temporary map.",
        "The Lakers v. Celtics game ended 112-108 after a late rally.",
        "Do not make this a Sunni v. Shia fight, the general said.",
        "Title 1 schools will get more funding next year.",
        "The shop sells Title 7 and Title 6 editions of the board game.",
        "The 10 U.S. troops arrived at the base on Monday.",
        "Executive orders have become more common, the historian said.",
        "The company filed its 10-K and paid a $5 fee under Section 301 of its bylaws.",
        "Section 230 was mentioned once in the lecture on Roman history.",
        "The fee schedule is in § 12406 of the county's rules for parking permits.",
        "The report counted 14 amendments to the budget."
      })
  void ignoresLookAlikes(String sentence) {
    assertThat(found(sentence)).as(sentence).isEmpty();
  }

  @Test
  void readsEachAmendmentOfACoordinatedPhrase() {
    assertThat(
            found(
                "The question is whether the map violates the Fourteenth or Fifteenth Amendments."))
        .extracting(CitationForms.Found::key)
        .containsExactly("const/amendment/14", "const/amendment/15");
  }

  @Test
  void keepsTheAmendmentAfterACapitalizedNameThatIsNoOrdinal() {
    assertThat(found("Protesters cited Trump and First Amendment rights."))
        .extracting(CitationForms.Found::key)
        .containsExactly("const/amendment/1");
  }

  @Test
  void citesEachProvisionOnceWithTheSentenceItStandsIn() {
    String text =
        "Judge Rules on Guard\n"
            + "The order relied on 10 U.S.C. § 12406, the judge wrote.\n"
            + "Section 12406 of Title 10 lets the president call up the Guard.\n"
            + "The state said the deployment violates the Tenth Amendment.";
    AnnotatedArticle a = TinyAnnotator.annotate(text);
    List<LegalCitation> cites = new FindCitations().find(a);
    assertThat(cites)
        .extracting(LegalCitation::text)
        .containsExactly("10 U.S.C. § 12406", "U.S. Constitution, Tenth Amendment");
    LegalCitation first = cites.getFirst();
    assertThat(first.evidence().sentence()).isEqualTo(1);
    assertThat(first.evidence().in(text)).isEqualTo("10 U.S.C. § 12406");
    assertThat(cites.get(1).evidence().in(text)).isEqualTo("Tenth Amendment");
  }

  private static List<LegalCitation> citedOn(String sentence, String date) {
    AnnotatedArticle a = TinyAnnotator.annotate(sentence);
    AnnotatedArticle dated =
        new AnnotatedArticle(
            a.article().withPublished(java.time.LocalDate.parse(date)),
            a.sentences(),
            a.mentions());
    return new FindCitations().find(dated);
  }

  @Test
  void readsAnExecutiveOrderNamedByItsSubjectWhenOnlyOneCanBeMeant() {
    String birthright = "A judge paused the president's executive order on birthright citizenship.";
    assertThat(citedOn(birthright, "2025-03-01"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(CitationKind.EXECUTIVE_ORDER);
              assertThat(c.key()).isEqualTo("eo/14160");
              assertThat(c.text()).startsWith("Executive Order 14160 (Protecting the Meaning");
              assertThat(c.url()).contains("https://www.federalregister.gov/executive-order/14160");
            });
    // Written before the order was signed: not that order.
    assertThat(citedOn(birthright, "2024-06-01")).isEmpty();
    String delay = "The president signed an executive order to delay the TikTok ban once more.";
    assertThat(citedOn(delay, "2025-02-01"))
        .extracting(LegalCitation::key)
        .containsExactly("eo/14166");
    // After the first extension, "a delay" could be either order: none is guessed.
    assertThat(citedOn(delay, "2025-05-01")).isEmpty();
    // A court's own order, or a subject with no order of a president beside it, cites nothing.
    assertThat(
            citedOn("The court's order on birthright citizenship cases was sealed.", "2025-03-01"))
        .isEmpty();
    assertThat(citedOn("Listeners gave more to PBS after the president spoke.", "2025-06-01"))
        .isEmpty();
  }

  @Test
  void leavesAWholeToItsPartWhenTheArticleCitesBoth() {
    AnnotatedArticle a =
        TinyAnnotator.annotate(
            "The justices heard the 14th Amendment case.\n"
                + "The case turns on Section 3 of the 14th Amendment.");
    assertThat(new FindCitations().find(a))
        .extracting(LegalCitation::key)
        .containsExactly("const/amendment/14/section/3");
  }

  @Test
  void readsTheProvisionsACardNames() {
    assertThat(FindCitations.keysOf(sourced("10 U.S.C. §§ 251–255 (Insurrection Act)")))
        .containsExactly("usc/10/251");
    assertThat(FindCitations.keysOf(sourced("U.S. Constitution, Fourteenth Amendment, Section 1")))
        .containsExactly("const/amendment/14/section/1");
  }
}
