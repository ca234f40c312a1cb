package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.junit.jupiter.api.Test;

/**
 * A Spanish story written for the project (a state congress funds a dam's repair on a Tuesday; the
 * governor answers on Wednesday): its quiz asks the day of a fact with its full date, and its
 * figures in Spanish notation, each with its evidence (issue 19, ADR 21).
 */
class SpanishValueQuestionsTest {

  private static final Briefing BRIEFING =
      SharedPipeline.pipeline()
          .brief(SharedPipeline.article("/fixtures/es-presa-mirador.txt", "2025-03-06"))
          .briefing();

  private static List<Question> blanks() {
    return BRIEFING.quiz().questions().stream()
        .filter(q -> q.kind() == QuestionKind.FILL_IN_BLANK)
        .toList();
  }

  @Test
  void asksTheDayOfAFactAsItsFullDateResolvedFromTheWeekday() {
    // "La gobernadora Barrios anunció el miércoles …" in Thursday's paper: Wednesday the 5th.
    assertThat(blanks())
        .anySatisfy(
            q -> {
              assertThat(q.stem())
                  .startsWith("Complete la frase: La gobernadora Barrios anunció _____");
              assertThat(q.answer()).isEqualTo("el 5 de marzo de 2025");
              assertThat(q.options())
                  .hasSize(4)
                  .allMatch(o -> o.matches("el \\d{1,2} de \\p{L}+ de 2025"));
              assertThat(q.explanation()).contains("“el miércoles”", "publicado el 6 de marzo");
              assertThat(q.evidence().sentence()).isEqualTo(5);
            });
  }

  @Test
  void asksAFigureWithOptionsInSpanishNotation() {
    // "Un total de 1.500 familias": the key as written, the options grouped by a point.
    assertThat(blanks())
        .anySatisfy(
            q -> {
              assertThat(q.answer()).isEqualTo("1.500");
              assertThat(q.options()).hasSize(4).allMatch(o -> o.matches("\\d\\.\\d{3}"));
            });
  }

  @Test
  void theStoryGetsAtLeastThreeArticleQuestionsOfMoreThanOneKind() {
    List<Question> article =
        BRIEFING.quiz().questions().stream().filter(q -> !q.background()).toList();
    assertThat(article).hasSizeGreaterThanOrEqualTo(3);
    assertThat(article.stream().map(Question::kind).distinct().count()).isGreaterThanOrEqualTo(3);
  }
}
