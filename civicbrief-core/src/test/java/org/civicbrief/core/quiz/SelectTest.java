package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.civicbrief.core.briefing.Evidence;
import org.junit.jupiter.api.Test;

/**
 * The selection keeps trying while candidates are left: a round whose every candidate is turned
 * away (a true key with no false one yet, a stem that gives a chosen key away) does not end the
 * quiz when the next candidates of each kind would pass.
 */
class SelectTest {

  private static GenerateQuiz.Passed passed(
      QuestionKind kind, int sentence, String stem, String answer, String tests, double priority) {
    boolean truth = kind == QuestionKind.TRUE_FALSE;
    return passed(
        kind,
        sentence,
        stem,
        answer,
        truth ? AnswerType.TRUTH : AnswerType.PERSON,
        truth
            ? List.of(answer.equals("True") ? "False" : "True")
            : List.of("Tom Arden", "Lena Ortiz"),
        tests,
        priority);
  }

  private static GenerateQuiz.Passed passed(
      QuestionKind kind,
      int sentence,
      String stem,
      String answer,
      AnswerType type,
      List<String> distractors,
      String tests,
      double priority) {
    Candidate c =
        new Candidate(
            kind,
            stem,
            answer,
            distractors,
            type,
            "because",
            new Evidence(sentence, sentence * 100, sentence * 100 + 50),
            tests,
            priority,
            0.5,
            Set.of(),
            Set.of());
    return new GenerateQuiz.Passed(c, distractors);
  }

  private static GenerateQuiz.Passed date(
      QuestionKind kind, int sentence, String stem, String key) {
    return passed(
        kind,
        sentence,
        stem,
        key,
        AnswerType.DATE,
        List.of("March 2", "March 9", "March 30"),
        "article",
        3);
  }

  @Test
  void oneDateOfOneSentenceIsAskedOnceWhateverTheKind() {
    // "When was the ferry to close?" and "… to close on _____" ask one fact (REVIEW.md C2), though
    // one key carries its year and the other does not.
    List<GenerateQuiz.Passed> all = new ArrayList<>();
    all.add(date(QuestionKind.WHEN, 2, "When was the Harlow ferry to close?", "March 19, 2025"));
    all.add(
        date(
            QuestionKind.FILL_IN_BLANK,
            2,
            "Fill in the blank: The Harlow ferry was to close on _____.",
            "March 19"));
    all.add(
        passed(
            QuestionKind.FILL_IN_BLANK,
            2,
            "Fill in the blank: _____ said the Harlow ferry was to close.",
            "Ray Okafor",
            "article",
            2));
    List<GenerateQuiz.Passed> chosen = GenerateQuiz.select(all, 5, new TreeMap<>(), false);
    assertThat(chosen).filteredOn(p -> p.candidate().type() == AnswerType.DATE).hasSize(1);
    assertThat(chosen).anyMatch(p -> p.candidate().answer().equals("Ray Okafor"));
  }

  @Test
  void aRoundWhoseCandidatesAreAllTurnedAwayLeavesTheNextOnesToTry() {
    List<GenerateQuiz.Passed> all = new ArrayList<>();
    // The lead's true statement, asked first as the central claim.
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            0,
            "True or false: Mara Quell closed the Harlow ferry on Monday.",
            "True",
            "dek",
            5));
    // A second true statement with no false twin: turned away to keep the keys balanced.
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            1,
            "True or false: The ferry carried 300 riders a day.",
            "True",
            "article",
            4));
    // A blank whose key the lead's statement names: turned away as a give-away.
    all.add(
        passed(
            QuestionKind.FILL_IN_BLANK,
            2,
            "Fill in the blank: _____ said the ferry would reopen in May.",
            "Mara Quell",
            "article",
            3));
    // A fair blank on another sentence, next of its kind.
    all.add(
        passed(
            QuestionKind.FILL_IN_BLANK,
            3,
            "Fill in the blank: _____ sued the county over the closure.",
            "Ray Okafor",
            "article",
            2));
    List<GenerateQuiz.Passed> chosen = GenerateQuiz.select(all, 5, new TreeMap<>(), false);
    assertThat(chosen)
        .extracting(p -> p.candidate().answer())
        .containsExactlyInAnyOrder("True", "Ray Okafor");
  }

  @Test
  void aQuizWithNothingElseTakesOneTrueStatementWithNoFalseTwin() {
    List<GenerateQuiz.Passed> all = new ArrayList<>();
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            2,
            "True or false: The ferry carried 300 riders a day.",
            "True",
            "article",
            4));
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            3,
            "True or false: The county sold the ferry in May.",
            "True",
            "article",
            3));
    TreeMap<String, Integer> dropped = new TreeMap<>();
    List<GenerateQuiz.Passed> chosen = GenerateQuiz.select(all, 5, dropped, false);
    assertThat(chosen).hasSize(1);
    assertThat(chosen.getFirst().candidate().stem()).contains("300 riders");
    assertThat(dropped).containsEntry(QualityGates.BALANCE, 1);
  }

  @Test
  void aLeadWithNoFalseTwinIsAskedByAnotherKindWhenOneIsThere() {
    List<GenerateQuiz.Passed> all = new ArrayList<>();
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            0,
            "True or false: Mara Quell closed the Harlow ferry on Monday.",
            "True",
            "dek",
            5));
    all.add(
        passed(
            QuestionKind.FILL_IN_BLANK,
            0,
            "Fill in the blank: _____ closed the Harlow ferry on Monday.",
            "Mara Quell",
            "dek",
            4));
    List<GenerateQuiz.Passed> chosen = GenerateQuiz.select(all, 5, new TreeMap<>(), false);
    assertThat(chosen.getFirst().candidate().kind()).isEqualTo(QuestionKind.FILL_IN_BLANK);
    assertThat(chosen).noneMatch(p -> p.candidate().answer().equals("True"));
  }

  @Test
  void aSentenceThatABlankCanAskIsAskedByTheBlankNotByAStatement() {
    // C3 (R18: 11 of 17 article items statements): the date of "The ferry closed on March 19" is
    // asked as a blank, the sentence's statement is not asked beside it, and a statement whose
    // sentence nothing else asks is still taken.
    List<GenerateQuiz.Passed> all = new ArrayList<>();
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            0,
            "True or false: Mara Quell closed the Harlow ferry on Monday.",
            "True",
            "dek",
            5));
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            0,
            "True or false: Mara Quell opened the Harlow ferry on Monday.",
            "False",
            "dek",
            5));
    for (String answer : List.of("True", "False")) {
      all.add(
          passed(
              QuestionKind.TRUE_FALSE,
              2,
              "True or false: The county sold the ferry on "
                  + (answer.equals("True") ? "March 19." : "March 9."),
              answer,
              "article",
              3.7));
    }
    all.add(
        passed(
            QuestionKind.FILL_IN_BLANK,
            2,
            "Fill in the blank: The county sold the ferry on _____.",
            "March 19",
            AnswerType.DATE,
            List.of("March 2", "March 9", "March 30"),
            "article",
            3.4));
    all.add(
        passed(
            QuestionKind.TRUE_FALSE,
            3,
            "True or false: The ferry carried 300 riders a day.",
            "True",
            "article",
            2));
    List<GenerateQuiz.Passed> chosen = GenerateQuiz.select(all, 5, new TreeMap<>(), false);
    assertThat(chosen).anyMatch(p -> p.candidate().answer().equals("March 19"));
    assertThat(chosen)
        .filteredOn(p -> p.candidate().evidence().sentence() == 2)
        .singleElement()
        .satisfies(p -> assertThat(p.candidate().kind()).isEqualTo(QuestionKind.FILL_IN_BLANK));
    assertThat(chosen).anyMatch(p -> p.candidate().stem().contains("300 riders"));
  }
}
