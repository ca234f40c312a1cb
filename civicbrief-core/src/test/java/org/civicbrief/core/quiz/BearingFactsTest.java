package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.civic.QuizFact;
import org.junit.jupiter.api.Test;

/**
 * The card's fact asked beside a story is the one that bears on what the story says where it
 * touches the card (R20: a lawyer "at no expense to the government" beside a release for want of a
 * removal order). Facts and sentences written for the project.
 */
class BearingFactsTest {

  private static final QuizFact LAWYER =
      new QuizFact(
          "At whose expense may a person in harbor hearings have a lawyer?",
          "At their own expense",
          List.of("At the port's expense", "At the city's expense", "At the pilots' expense"));

  private static final QuizFact WHO =
      new QuizFact(
          "Who conducts harbor hearings?",
          "A harbor magistrate",
          List.of("A jury of pilots", "The port captain", "A county clerk"));

  @Test
  void asksTheFactThatSharesTheStorysWordsWhereItTouchesTheCard() {
    String matter =
        "The harbor magistrate released the captain on Friday because no final order to leave"
            + " port had been issued at the end of the harbor hearings.";
    assertThat(BearingFacts.order(List.of(LAWYER, WHO), "Harbor hearings", matter))
        .containsExactly(WHO, LAWYER);
  }

  @Test
  void aPlaceTheStoryNamesInTheKeyIsNoBearing() {
    QuizFact where =
        new QuizFact(
            "Which county's code provides for harbor hearings?",
            "Port Kell",
            List.of("Ash Vale", "Red Mesa", "Harlow"));
    QuizFact record =
        new QuizFact(
            "What stays on the record after harbor hearings end in a fine?",
            "The finding",
            List.of("Nothing at all", "A towing order", "A lien"));
    String matter =
        "The magistrate in Port Kell closed the harbor hearings with a fine, and the finding"
            + " stands.";
    assertThat(BearingFacts.order(List.of(where, record), "Harbor hearings", matter))
        .containsExactly(record, where);
  }

  @Test
  void keepsTheGivenOrderWhenNoFactBearsMoreThanAnother() {
    String matter = "The harbor hearings resumed on Friday after a storm.";
    assertThat(BearingFacts.order(List.of(LAWYER, WHO), "Harbor hearings", matter))
        .containsExactly(LAWYER, WHO);
    assertThat(BearingFacts.order(List.of(WHO, LAWYER), "Harbor hearings", matter))
        .containsExactly(WHO, LAWYER);
  }
}
