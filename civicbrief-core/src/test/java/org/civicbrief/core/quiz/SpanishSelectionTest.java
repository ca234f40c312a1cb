package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;
import org.junit.jupiter.api.Test;

/**
 * What a Spanish quiz takes of its passed candidates (R-es3: no quote item although the articles
 * quote named people; one fact asked twice), on candidates written for the project.
 */
class SpanishSelectionTest {

  private static GenerateQuiz.Passed passed(
      QuestionKind kind, String stem, String answer, List<String> options, int sentence, String t) {
    Candidate c =
        new Candidate(
            kind,
            stem,
            answer,
            options,
            kind == QuestionKind.WHO_SAID ? AnswerType.PERSON : AnswerType.TRUTH,
            "",
            new Evidence(sentence, sentence * 100, sentence * 100 + 90),
            t,
            1.0 - sentence * 0.1,
            0.5,
            Set.of(),
            Set.of());
    return new GenerateQuiz.Passed(c, options);
  }

  private static final GenerateQuiz.Passed LEAD =
      passed(
          QuestionKind.TRUE_FALSE,
          "True or false: El gobernador Tomás Ferrer firmó el jueves la ley del agua.",
          "True",
          List.of("False"),
          0,
          "dek");

  @Test
  void aQuoteOfThePersonTheLeadStatementNamesIsAsked() {
    GenerateQuiz.Passed who =
        passed(
            QuestionKind.WHO_SAID,
            "Who said “El agua es de todos”?",
            "Tomás Ferrer",
            List.of("Elena Robles", "Rubén Salas"),
            3,
            "quotes/q1");
    List<GenerateQuiz.Passed> chosen =
        GenerateQuiz.select(List.of(LEAD, who), 4, new HashMap<>(), true);
    assertThat(chosen).extracting(p -> p.candidate().kind()).contains(QuestionKind.WHO_SAID);
  }

  @Test
  void aSecondStatementOfTheLeadsFactIsNotAsked() {
    GenerateQuiz.Passed again =
        passed(
            QuestionKind.TRUE_FALSE,
            "True or false: El gobernador Ferrer firmó una orden invocando la ley del agua de 1911.",
            "True",
            List.of("False"),
            1,
            "summary[0]");
    GenerateQuiz.Passed other =
        passed(
            QuestionKind.TRUE_FALSE,
            "True or false: Los productores de nueces pidieron al congreso suspender las cuotas.",
            "True",
            List.of("False"),
            2,
            "summary[1]");
    List<GenerateQuiz.Passed> chosen =
        GenerateQuiz.select(List.of(LEAD, again, other), 4, new HashMap<>(), true);
    assertThat(chosen).extracting(p -> p.candidate().tests()).containsExactly("dek", "summary[1]");
  }

  @Test
  void aTrueLineOnTheFactOfAFalseLeadIsNotAsked() {
    // The lead is asked by its false twin; a later true line on the same fact would give it away.
    GenerateQuiz.Passed leadFalse =
        passed(
            QuestionKind.TRUE_FALSE,
            "True or false: El gobernador Tomás Ferrer firmó el jueves la ley del puerto.",
            "False",
            List.of("True"),
            0,
            "dek");
    GenerateQuiz.Passed again =
        passed(
            QuestionKind.TRUE_FALSE,
            "True or false: El gobernador Ferrer firmó una orden invocando la ley del agua de 1911.",
            "True",
            List.of("False"),
            1,
            "summary[0]");
    List<GenerateQuiz.Passed> chosen =
        GenerateQuiz.select(List.of(LEAD, leadFalse, again), 4, new HashMap<>(), true);
    assertThat(chosen).extracting(p -> p.candidate().tests()).containsExactly("dek");
    assertThat(chosen.getFirst().candidate().answer()).isEqualTo("False");
  }

  @Test
  void aStemThatSaysTheDayOfAChosenDayBlankIsNotAsked() {
    // The blank asks which day the law was signed; a statement saying "el jueves" beside the
    // publication date gives it away.
    Candidate day =
        new Candidate(
            QuestionKind.FILL_IN_BLANK,
            "Fill in the blank: El gobernador Tomás Ferrer firmó _____ la ley del agua.",
            "el 13 de noviembre de 2025",
            List.of("el 10 de noviembre de 2025", "el 11 de noviembre de 2025"),
            AnswerType.DATE,
            "",
            new Evidence(0, 0, 90),
            "dek",
            1.0,
            0.5,
            Set.of("el jueves"),
            Set.of());
    GenerateQuiz.Passed blank = new GenerateQuiz.Passed(day, day.distractors());
    GenerateQuiz.Passed later =
        passed(
            QuestionKind.TRUE_FALSE,
            "True or false (as reported on November 14, 2025): La senadora Elena Robles votó en"
                + " contra el jueves.",
            "True",
            List.of("False"),
            2,
            "facts/1");
    List<GenerateQuiz.Passed> chosen =
        GenerateQuiz.select(List.of(blank, later), 4, new HashMap<>(), true);
    assertThat(chosen).hasSize(1);
    assertThat(chosen.getFirst().candidate().type()).isEqualTo(AnswerType.DATE);
  }
}
