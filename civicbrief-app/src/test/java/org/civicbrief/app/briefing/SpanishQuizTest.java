package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.junit.jupiter.api.Test;

/**
 * The quiz of a Spanish wire story written for the project (ADR 21): at least three items, a
 * who-said item for the person it quotes, weekdays anchored to the article's date, one idea per
 * true/false statement.
 */
class SpanishQuizTest {

  private static final Briefing BRIEFING =
      SharedPipeline.pipeline()
          .brief(SharedPipeline.article("/fixtures/es-tratado-agua.txt", "2025-10-10"))
          .briefing();

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(el|este) (lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\b");

  private static List<Question> questions() {
    return BRIEFING.quiz().questions();
  }

  @Test
  void aThinSpanishStoryStillGetsThreeQuestions() {
    assertThat(questions()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void asksWhoSaidTheQuoteOfTheNamedPersonWithTwoOtherPeopleAsOptions() {
    assertThat(questions())
        .filteredOn(q -> q.kind() == QuestionKind.WHO_SAID)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.answer()).isEqualTo("Claudia Sheinbaum");
              assertThat(q.options()).hasSizeGreaterThanOrEqualTo(3);
            });
  }

  @Test
  void aWeekdayInAStemIsAnchoredToThePublicationDate() {
    assertThat(questions()).anyMatch(q -> WEEKDAY.matcher(q.stem()).find());
    for (Question q : questions()) {
      if (WEEKDAY.matcher(q.stem()).find()) {
        assertThat(q.stem()).contains("(según lo publicado el 10 de octubre de 2025)");
      }
    }
  }

  @Test
  void aTrueOrFalseStatementHoldsOneIdea() {
    for (Question q : questions()) {
      if (q.kind() == QuestionKind.TRUE_FALSE) {
        assertThat(q.stem()).doesNotContain(", pero ", "; ");
      }
    }
  }
}
