package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicbrief.core.civic.Category;
import org.civicbrief.core.civic.ConceptCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCardsTest {

  private static final String VALID =
      """
      id: sample-law
      name: Sample Law
      category: law
      gloss: a law written for this test
      explanation: >-
        The Sample Law exists only in this test. It has two sentences.
      source: {title: Sample text, url: "https://www.law.cornell.edu/uscode/text/1/1"}
      triggers:
        - pattern: 'Sample Law'
        - pattern: 'SL'
          caseSensitive: true
          context: {anyOf: ['sample'], window: 1}
      quizFacts:
        - {question: "Is it real?", answer: "No", distractors: ["Yes", "Partly", "Sometimes"]}
        - {question: "Is it a law?", answer: "Yes", distractors: ["No", "A rule", "A treaty"]}
      examples: {match: [The Sample Law applies.], noMatch: [Nothing applies here.]}
      """;

  private final LoadCards load = new LoadCards();

  @Test
  void loadsEveryBundledCardFromTheClasspath() {
    List<ConceptCard> cards = load.load();
    assertThat(cards).isNotEmpty();
    assertThat(cards).extracting(ConceptCard::id).isSorted();
    assertThat(cards)
        .filteredOn(c -> c.id().equals("war-powers-resolution"))
        .singleElement()
        .satisfies(c -> assertThat(c.category()).isEqualTo(Category.LAW));
  }

  @Test
  void readsEveryFieldOfAValidCard() {
    ConceptCard card = load.parse("sample-law.yaml", VALID).card();
    assertThat(card.triggers()).hasSize(2);
    assertThat(card.triggers().get(1).caseSensitive()).isTrue();
    assertThat(card.triggers().get(1).context()).isPresent();
    assertThat(card.quizFacts().getFirst().answer()).isEqualTo("No");
  }

  @Test
  void readsTheDatesFromWhichPartsOfACardHold() {
    String dated =
        VALID.replace(
            "examples:",
            """
            holds:
              - from: "2031-03-03"
                event: decided
                source: {title: "Rell v. Ostrow, decided March 3, 2031", url: "https://www.supremecourt.gov/"}
                text: ["two sentences"]
                before: {explanation: The Sample Law had one sentence then.}
            examples:""");
    ConceptCard card = load.parse("sample-law.yaml", dated).card();
    assertThat(card.holds()).singleElement().satisfies(h -> assertThat(h.text()).hasSize(1));
    assertThat(card.asOf(java.time.LocalDate.of(2030, 1, 1)).orElseThrow().explanation())
        .isEqualTo(
            "The Sample Law exists only in this test. The Sample Law had one sentence then.");
  }

  @Test
  void namesAMarkedTextThatOccursNowhereInTheCard() {
    String dated =
        VALID.replace(
            "examples:",
            """
            holds:
              - from: "2031-03-03"
                event: decided
                source: {title: "Rell v. Ostrow, decided March 3, 2031", url: "https://www.supremecourt.gov/"}
                text: ["three sentences"]
            examples:""");
    assertThatThrownBy(() -> load.parse("sample-law.yaml", dated))
        .hasMessageContaining("sample-law.yaml")
        .hasMessageContaining("holds[0].text[0]")
        .hasMessageContaining("occurs nowhere");
  }

  @Test
  void namesTheFileAndFieldOfAMissingField() {
    assertThatThrownBy(
            () ->
                load.parse(
                    "sample-law.yaml", VALID.replace("gloss: a law written for this test\n", "")))
        .isInstanceOf(InvalidCardException.class)
        .hasMessage("sample-law.yaml: field 'gloss': is required");
  }

  @Test
  void namesTheTriggerWhosePatternIsNotAValidExpression() {
    assertThatThrownBy(
            () -> load.parse("sample-law.yaml", VALID.replace("'Sample Law'", "'Sample (Law'")))
        .isInstanceOf(InvalidCardException.class)
        .hasMessageStartingWith(
            "sample-law.yaml: field 'triggers[0].pattern': pattern 'Sample (Law'");
  }

  @Test
  void namesTheQuizFactWhoseDistractorRepeatsTheAnswer() {
    assertThatThrownBy(() -> load.parse("sample-law.yaml", VALID.replace("\"Partly\"", "\"No\"")))
        .isInstanceOf(InvalidCardException.class)
        .hasMessageContaining("field 'quizFacts[0].distractors'");
  }

  @Test
  void rejectsAMisspelledField() {
    assertThatThrownBy(() -> load.parse("sample-law.yaml", VALID + "relatd: [x]\n"))
        .isInstanceOf(InvalidCardException.class)
        .hasMessageContaining("field 'relatd': unknown field");
  }

  @Test
  void rejectsAnUnknownCategoryNamingTheAllowedOnes() {
    assertThatThrownBy(
            () ->
                load.parse("sample-law.yaml", VALID.replace("category: law", "category: statute")))
        .hasMessageContaining("field 'category'")
        .hasMessageContaining("constitutional-provision");
  }

  @Test
  void rejectsAPlainHttpSource() {
    assertThatThrownBy(
            () -> load.parse("sample-law.yaml", VALID.replace("https://www.law", "http://www.law")))
        .hasMessageContaining("field 'source.url'");
  }

  @Test
  void rejectsAnAnswerThatYamlReadsAsABoolean() {
    assertThatThrownBy(
            () -> load.parse("sample-law.yaml", VALID.replace("answer: \"No\"", "answer: No")))
        .hasMessageContaining("field 'quizFacts[0].answer': must be non-empty text");
  }

  @Test
  void checksThatRelatedIdsExistAndFilesAreNamedAfterTheirIds(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("sample-law.yaml"), VALID + "related: [missing-card]\n");
    assertThatThrownBy(() -> load.load(dir))
        .hasMessage("sample-law.yaml: field 'related[0]': no card has the id 'missing-card'");
    Files.delete(dir.resolve("sample-law.yaml"));
    Files.writeString(dir.resolve("other-name.yaml"), VALID);
    assertThatThrownBy(() -> load.load(dir))
        .hasMessageContaining("other-name.yaml: field 'id'")
        .hasMessageContaining("sample-law.yaml");
  }
}
