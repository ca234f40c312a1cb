package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicbrief.core.civic.TinyAnnotator;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "la corte" in a Spanish stem is the one court the article names, unless it speaks of another (ADR
 * 21); and a Spanish hedge keeps a statement out of true/false.
 */
class SpanishCourtTest {

  private static AnnotatedArticle withCourt(String text, String court) {
    AnnotatedArticle t = TinyAnnotator.annotate(text);
    int start = text.indexOf(court);
    EntityMention m =
        new EntityMention(
            0, 0, 0, start, start + court.length(), court, EntityType.ORGANIZATION, "");
    return new AnnotatedArticle(t.article(), t.sentences(), List.of(m));
  }

  @Test
  void theCourtIsTheOneCourtTheArticleNames() {
    AnnotatedArticle a =
        withCourt(
            "La Corte Suprema de Valle Hondo anuló la ley. Después, la corte pidió un informe.",
            "Corte Suprema");
    assertThat(SpanishCourt.only(a)).contains("Corte Suprema");
    assertThat(SpanishCourt.name("La corte pidió un informe al gobierno.", "Corte Suprema"))
        .isEqualTo("La Corte Suprema pidió un informe al gobierno.");
    assertThat(SpanishCourt.name("Según el máximo tribunal, la ley es nula.", "Tribunal Supremo"))
        .isEqualTo("Según el Tribunal Supremo, la ley es nula.");
  }

  @Test
  void noCourtIsNamedWhereTheArticleSpeaksOfAnother() {
    AnnotatedArticle a =
        withCourt(
            "La Corte Suprema anuló la ley que un tribunal de apelaciones había validado.",
            "Corte Suprema");
    assertThat(SpanishCourt.only(a)).isEmpty();
  }

  @Test
  void aSpanishHedgeOutsideAQuoteMarksAPrediction() {
    assertThat(SpanishQuiz.hedged("La corte probablemente emitirá una decisión en junio."))
        .isTrue();
    assertThat(SpanishQuiz.hedged("El alcalde dijo que la obra “podría” retrasarse.")).isFalse();
    assertThat(
            SpanishQuiz.hedged(
                "La corte dejó abierta la posibilidad de que los cambios pudieran seguir."))
        .isFalse();
  }
}
