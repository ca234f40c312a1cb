package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardNamesTest {

  private static ConceptCard named(String name, String explanation) {
    return new ConceptCard(
        "test-card",
        name,
        List.of(),
        Category.LAW,
        "a rule written for a test",
        explanation,
        new PrimarySource("Test text", "https://www.law.cornell.edu/uscode/text/5/1"),
        List.of(Trigger.of("test card")),
        List.of(),
        List.of(),
        List.of(TestCards.FACT));
  }

  private static String inSentence(String name) {
    return CardNames.inSentence(named(name, "A rule written for a test. It binds no one."));
  }

  @Test
  void givesAProperNameOfALawItsArticle() {
    assertThat(inSentence("War Powers Resolution")).isEqualTo("the War Powers Resolution");
    assertThat(inSentence("Bill of Rights")).isEqualTo("the Bill of Rights");
    assertThat(inSentence("2001 Authorization for Use of Military Force"))
        .isEqualTo("the 2001 Authorization for Use of Military Force");
  }

  @Test
  void leavesNumberedProvisionsCasesAndPossessivesWithoutAnArticle() {
    assertThat(inSentence("Title 10 federal service")).isEqualTo("Title 10 federal service");
    assertThat(inSentence("Article II of the Constitution"))
        .isEqualTo("Article II of the Constitution");
    assertThat(inSentence("UN Charter Article 2(4)")).isEqualTo("UN Charter Article 2(4)");
    assertThat(inSentence("Congress's war powers")).isEqualTo("Congress's war powers");
    assertThat(inSentence("Dobbs v. Jackson Women's Health Organization"))
        .isEqualTo("Dobbs v. Jackson Women's Health Organization");
  }

  @Test
  void writesACommonNameInLowerCaseWithTheArticleOnlyForOneCountedThing() {
    assertThat(inSentence("Due process")).isEqualTo("due process");
    assertThat(inSentence("Removal proceedings")).isEqualTo("removal proceedings");
    assertThat(inSentence("Preliminary injunction")).isEqualTo("the preliminary injunction");
    assertThat(inSentence("Writ of certiorari")).isEqualTo("the writ of certiorari");
    assertThat(inSentence("Pardon power")).isEqualTo("the pardon power");
  }

  @Test
  void keepsTheCapitalOfAProperAdjectiveTheCardWritesInsideASentence() {
    ConceptCard quorum =
        named("Texas legislative quorum rule", "A rule of Texas law. The rule binds no one.");
    assertThat(CardNames.inSentence(quorum)).isEqualTo("the Texas legislative quorum rule");
  }

  @Test
  void joinsACardSentenceThatNamesTheConceptToTheFactThroughItsSubject() {
    ConceptCard act =
        named("Tenure Act", "The Tenure Act lets a board member serve until replaced. It binds.");
    assertThat(
            ExplainContext.connection(
                act,
                false,
                Optional.of("The Tenure Act lets a board member serve until replaced.")))
        .isEqualTo("That turns on the Tenure Act, which lets a board member serve until replaced.");
    assertThat(
            ExplainContext.connection(
                act, true, Optional.of("The Tenure Act lets a board member serve until replaced.")))
        .isEqualTo(
            "Though the article does not name it, that turns on the Tenure Act. The Tenure Act"
                + " lets a board member serve until replaced.");
    assertThat(
            ExplainContext.connection(act, false, Optional.of("A member serves until replaced.")))
        .isEqualTo("That turns on the Tenure Act: a member serves until replaced.");
  }
}
