package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;
import org.junit.jupiter.api.Test;

/**
 * The gates on stems written from a county story made up for the project: what a stem may leave to
 * the stem itself (a pronoun whose referent it names) and what options a key of each form gets.
 */
class QualityGatesTest {

  private static final String TEXT =
      "Harlow Ferries said it would appeal the ruling in Harlow County. "
          + "County officials in Harlow said they would comply. "
          + "Quell ordered the Harlow ferry reopened on Monday. "
          + "Arden said he would appeal in Harlow County on Monday. "
          + "The Arden administration filed a notice that it is appealing his order in Harlow. "
          + "\"We will never forget Lena Ortiz,\" Tom Arden said in Harlow. "
          + "Harlow sued over the ferry order 3 days later. "
          + "In Harlow, Tom Arden had 54.3 percent of the vote to Mara Quell's 45.5 percent. "
          + "The ferry rule is for Congress to change, Quell said in Harlow. "
          + "The justices said the Supreme Court would hear the Harlow ferry case. "
          + "The Harlow Ferry Act, passed in 1998, was first used in 2011. "
          + "The 61-year-old Arden, the county's longest-serving ferry captain, praised Quell. "
          + "The long ruling, the county's first on the ferry, welcomed no one. "
          + "In Dover, Tom Arden had 44.3 percent of the vote to Mara Quell's 35.5 percent.";

  private static final List<String> PEOPLE =
      List.of("Mara Quell", "Quell", "Tom Arden", "Arden", "Lena Ortiz", "Ray Ortiz");

  private static Evidence at(String fragment) {
    int start = TEXT.indexOf(fragment);
    return new Evidence(0, start, start + fragment.length());
  }

  private static Candidate candidate(
      QuestionKind kind,
      String stem,
      String answer,
      AnswerType type,
      String source,
      String... distractors) {
    return new Candidate(
        kind,
        stem,
        answer,
        List.of(distractors),
        type,
        "because the article says so",
        at(source),
        "article",
        1.0,
        0.5,
        Set.of(),
        Set.of());
  }

  private static QualityGates gates(List<String> bodies) {
    return new QualityGates(TEXT, PEOPLE, bodies, false);
  }

  @Test
  void aKeyGivenBySurnameGetsItsPeersBySurname() {
    Candidate c =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: _____ ordered the Harlow ferry reopened on Monday.",
            "Quell",
            AnswerType.PERSON,
            "Quell ordered the Harlow ferry reopened on Monday.",
            "Tanya Ross",
            "Amit Hale",
            "Beryl Stone");
    QualityGates.Result r = gates(List.of()).check(c);
    assertThat(r.failedGate()).isEmpty();
    assertThat(r.distractors()).containsExactly("Ross", "Hale", "Stone");
  }

  @Test
  void justicesInTheStemGiveTheSupremeCourtAway() {
    // Of the courts offered, only the Supreme Court has justices (R17).
    Candidate c =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: The justices said the _____ would hear the Harlow ferry case.",
            "Supreme Court",
            AnswerType.ORGANIZATION,
            "The justices said the Supreme Court would hear the Harlow ferry case.",
            "9th Circuit",
            "5th Circuit",
            "D.C. Circuit");
    assertThat(gates(List.of()).check(c).failedGate()).contains(QualityGates.KEY_IN_STEM);
  }

  @Test
  void aYearTheStemNamesRulesOutOptionsOnItsOtherSide() {
    // Passed in 1998, first used in _____: no year before 1998 is a plausible answer (R17, D1).
    Candidate c =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: The Harlow Ferry Act, passed in 1998, was first used in _____.",
            "2011",
            AnswerType.DATE,
            "The Harlow Ferry Act, passed in 1998, was first used in 2011.",
            "1995",
            "2004",
            "1990",
            "2008");
    QualityGates.Result r = gates(List.of()).check(c);
    assertThat(r.failedGate()).isEmpty();
    assertThat(r.distractors()).containsExactly("2004", "2008");
  }

  @Test
  void aDefinitePhraseWhoseHeadIsAPersonsNameNamesThem() {
    Candidate named =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: The 61-year-old Arden, the county's longest-serving ferry captain,"
                + " praised Quell.",
            "True",
            AnswerType.TRUTH,
            "The 61-year-old Arden, the county's longest-serving ferry captain, praised Quell.",
            "False");
    Candidate unnamed =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: The long ruling, the county's first on the ferry, welcomed no one.",
            "True",
            AnswerType.TRUTH,
            "The long ruling, the county's first on the ferry, welcomed no one.",
            "False");
    assertThat(gates(List.of()).check(named).failedGate()).isEmpty();
    assertThat(gates(List.of()).check(unnamed).failedGate()).contains(QualityGates.DANGLING);
  }

  @Test
  void theBlankNamesThePersonAPronounAfterItRefersTo() {
    Candidate c =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: _____ said he would appeal in Harlow County on Monday.",
            "Arden",
            AnswerType.PERSON,
            "Arden said he would appeal in Harlow County on Monday.",
            "Tanya Ross",
            "Amit Hale");
    assertThat(gates(List.of()).check(c).failedGate()).isEmpty();
  }

  @Test
  void theHeOfAWhoQuestionIsTheKeyWhenTheQuestionIsDated() {
    Candidate c =
        candidate(
            QuestionKind.WHAT,
            "As reported on May 8, 2025, who said on Monday that he would appeal in Harlow County?",
            "Tom Arden",
            AnswerType.PERSON,
            "Arden said he would appeal in Harlow County on Monday.",
            "Tanya Ross",
            "Amit Hale");
    assertThat(gates(List.of()).check(c).failedGate()).isEmpty();
  }

  @Test
  void aMeasureCalledByWhatItIsAboutIsNamedAndABareOneIsNot() {
    Candidate named =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: The Harlow ferry funding bill was approved by Tom Arden on Monday.",
            "True",
            AnswerType.TRUTH,
            "Quell ordered the Harlow ferry reopened on Monday.",
            "False");
    Candidate bare =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: The new bill was approved by Tom Arden on Monday.",
            "True",
            AnswerType.TRUTH,
            "Quell ordered the Harlow ferry reopened on Monday.",
            "False");
    Candidate subject =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: The ferry funding bill was approved by Tom Arden on Monday.",
            "True",
            AnswerType.TRUTH,
            "Quell ordered the Harlow ferry reopened on Monday.",
            "False");
    assertThat(gates(List.of()).check(subject).failedGate()).isEmpty();
    assertThat(gates(List.of()).check(bare).failedGate()).contains(QualityGates.DANGLING);
    assertThat(gates(List.of()).check(named).failedGate()).isEmpty();
  }

  @Test
  void itRefersToABodyTheStemNamesBeforeIt() {
    Candidate c =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: Harlow Ferries said it would appeal the ruling in Harlow County.",
            "True",
            AnswerType.TRUTH,
            "Harlow Ferries said it would appeal the ruling in Harlow County.",
            "False");
    assertThat(gates(List.of("Harlow Ferries")).check(c).failedGate()).isEmpty();
    // Without the company among the article's bodies, "it" could be anything.
    assertThat(gates(List.of()).check(c).failedGate()).contains(QualityGates.DANGLING);
  }

  @Test
  void theyRefersToPeopleInThePluralTheStemNamesBeforeIt() {
    Candidate named =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: County officials in Harlow said they would comply.",
            "True",
            AnswerType.TRUTH,
            "County officials in Harlow said they would comply.",
            "False");
    Candidate unnamed =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: In Harlow they would comply.",
            "True",
            AnswerType.TRUTH,
            "County officials in Harlow said they would comply.",
            "False");
    assertThat(gates(List.of()).check(named).failedGate()).isEmpty();
    assertThat(gates(List.of()).check(unnamed).failedGate()).contains(QualityGates.DANGLING);
  }

  @Test
  void hisAfterOnlyABodyNamedForAPersonPointsElsewhere() {
    Candidate c =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: The Arden administration filed a notice that it is appealing his order"
                + " in Harlow.",
            "True",
            AnswerType.TRUTH,
            "The Arden administration filed a notice that it is appealing his order in Harlow.",
            "False");
    assertThat(gates(List.of()).check(c).failedGate()).contains(QualityGates.DANGLING);
  }

  @Test
  void aPersonTheQuotationNamesIsNotOfferedAsItsSpeaker() {
    Candidate c =
        candidate(
            QuestionKind.WHO_SAID,
            "Who said “We will never, never forget Lena Ortiz”?",
            "Tom Arden",
            AnswerType.PERSON,
            "\"We will never forget Lena Ortiz,\" Tom Arden said in Harlow.",
            "Lena Ortiz",
            "Mara Quell",
            "Ray Ortiz",
            "Dana Reyes");
    QualityGates.Result r = gates(List.of()).check(c);
    assertThat(r.failedGate()).isEmpty();
    assertThat(r.distractors()).containsExactly("Mara Quell", "Dana Reyes");
  }

  @Test
  void aCardThatStatesALaterDateIsNotAskedInAnEarlierStory() {
    String card =
        "In Harlow v. Quell, decided on July 1, 2024, the court held that the ferry stays.";
    assertThat(GenerateQuiz.describesLater(card, java.time.LocalDate.of(2024, 4, 25))).isTrue();
    assertThat(GenerateQuiz.describesLater(card, java.time.LocalDate.of(2024, 7, 2))).isFalse();
    assertThat(
            GenerateQuiz.describesLater(
                "Set on February 30, 2024.", java.time.LocalDate.of(2024, 1, 1)))
        .isFalse();
  }

  @Test
  void aDefiniteSubjectIsNamedByAModifierAndANameOrAPhraseWithOne() {
    QualityGates g = gates(List.of());
    for (String stem :
        List.of(
            "True or false: The first Harlow Guard troops arrived on Monday in Harlow.",
            "True or false: The long meeting between Tom Arden and Mara Quell ended in Harlow.")) {
      Candidate c =
          candidate(QuestionKind.TRUE_FALSE, stem, "True", AnswerType.TRUTH, "Harlow", "False");
      assertThat(g.check(c).failedGate()).as(stem).isEmpty();
    }
    for (String stem :
        List.of(
            "True or false: The ruling Thursday rested on the law in Harlow.",
            "True or false: There was talk of new ferries in Harlow.",
            "True or false: But the county leader pointed to a report from Harlow.",
            "True or false: Just weeks earlier, Harlow had approved the plan.",
            "True or false: Directs the Harlow Ferry Board to publish a map.",
            "True or false: Tom Arden met the U.S. leader in Harlow.")) {
      Candidate c =
          candidate(QuestionKind.TRUE_FALSE, stem, "True", AnswerType.TRUTH, "Harlow", "False");
      assertThat(g.check(c).failedGate()).as(stem).contains(QualityGates.DANGLING);
    }
  }

  @Test
  void aNumberInAnotherStemGivesTheKeyAwayOnlyAsANumberOfItsOwn() {
    assertThat(GenerateQuiz.names("Trump's order grants a 75-day extension.", "75")).isTrue();
    assertThat(GenerateQuiz.names("The ferry opened in 1975.", "75")).isFalse();
    assertThat(GenerateQuiz.names("under the Harlow Ferry Act of 1798", "1798")).isTrue();
    assertThat(GenerateQuiz.names("Who ordered the ferry reopened?", "Mara Quell")).isFalse();
  }

  @Test
  void laterThanWhatAndAShortWhoQuestionAreVague() {
    QualityGates g = gates(List.of());
    Candidate later =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: Harlow sued over the ferry order _____ days later.",
            "3",
            AnswerType.NUMBER,
            "Harlow sued over the ferry order 3 days later.",
            "4",
            "5");
    Candidate shortWho =
        candidate(
            QuestionKind.WHAT,
            "Who sued Tom Arden?",
            "Mara Quell",
            AnswerType.PERSON,
            "Harlow",
            "Lena Ortiz",
            "Dana Reyes");
    assertThat(g.check(later).failedGate()).contains(QualityGates.DANGLING);
    assertThat(g.check(shortWho).failedGate()).contains(QualityGates.DANGLING);
  }

  @Test
  void aPersonCalledByWhereTheyComeFromIsUnnamed() {
    // "the Harlow native", "the Arden County man": an epithet the article uses for someone it
    // named earlier; the reader of the stem alone cannot tell who (REVIEW.md Q2).
    QualityGates g = gates(List.of());
    Candidate epithet =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: Quell ordered the Harlow native's ferry reopened on _____.",
            "Monday",
            AnswerType.DATE,
            "Quell ordered the Harlow ferry reopened on Monday.",
            "Tuesday",
            "Friday");
    Candidate named =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: Quell ordered the Harlow native, Tom Arden, to reopen on _____.",
            "Monday",
            AnswerType.DATE,
            "Quell ordered the Harlow ferry reopened on Monday.",
            "Tuesday",
            "Friday");
    Candidate institution =
        candidate(
            QuestionKind.TRUE_FALSE,
            "True or false: Tom Arden said the central bank's ferry rate would stay at 3 percent.",
            "True",
            AnswerType.TRUTH,
            "Quell ordered the Harlow ferry reopened on Monday.",
            "False");
    assertThat(g.check(epithet).failedGate()).contains(QualityGates.DANGLING);
    // "the central bank", "the high court": an institution called by what it is, not named
    assertThat(g.check(institution).failedGate()).contains(QualityGates.DANGLING);
    assertThat(g.check(named).failedGate())
        .isNotEqualTo(java.util.Optional.of(QualityGates.DANGLING));
  }

  @Test
  void aShareOptionBesideAShareTheStemStatesMustBeAPossibleOne() {
    Candidate c =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: In Dover, Tom Arden had _____ of the vote to Mara Quell's 35.5 percent.",
            "44.3 percent",
            AnswerType.NUMBER,
            "In Dover, Tom Arden had 44.3 percent of the vote to Mara Quell's 35.5 percent.",
            "34.5 percent",
            "69.2 percent",
            "50.1 percent",
            "52.0 percent");
    QualityGates.Result r = gates(List.of()).check(c);
    assertThat(r.failedGate()).isEmpty();
    assertThat(r.distractors()).containsExactly("50.1 percent", "52.0 percent");
  }

  @Test
  void aShareThatMakesUpTheRestOfAShareTheStemStatesIsGivenAway() {
    // "Arden had _____ to Quell's 45.5 percent": in a two-way count the key is what is left of
    // 100, and every possible option is smaller than it (R20 rejected it, Q3).
    Candidate c =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: In Harlow, Tom Arden had _____ of the vote to Mara Quell's 45.5 percent.",
            "54.3 percent",
            AnswerType.NUMBER,
            "In Harlow, Tom Arden had 54.3 percent of the vote to Mara Quell's 45.5 percent.",
            "44.5 percent",
            "59.2 percent",
            "50.1 percent",
            "52.0 percent");
    assertThat(gates(List.of()).check(c).failedGate()).contains(QualityGates.KEY_IN_STEM);
  }

  @Test
  void aChamberIsNoWrongAnswerBesideCongress() {
    Candidate c =
        candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: The ferry rule is for _____ to change, Quell said in Harlow.",
            "Congress",
            AnswerType.ORGANIZATION,
            "The ferry rule is for Congress to change, Quell said in Harlow.",
            "the Senate",
            "the House of Representatives",
            "the Supreme Court",
            "the Harlow Ferry Board");
    QualityGates.Result r = gates(List.of()).check(c);
    assertThat(r.failedGate()).isEmpty();
    assertThat(r.distractors()).containsExactly("the Supreme Court", "the Harlow Ferry Board");
  }
}
