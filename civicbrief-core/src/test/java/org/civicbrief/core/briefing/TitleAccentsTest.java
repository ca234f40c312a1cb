package org.civicbrief.core.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbrief.core.civic.TinyAnnotator;
import org.civicbrief.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A title given without its accents is shown as the article spells its words (R-es5). */
class TitleAccentsTest {

  private static String headline(String title, String text) {
    AnnotatedArticle tiny = TinyAnnotator.annotate(text);
    AnnotatedArticle titled =
        new AnnotatedArticle(
            tiny.article().withTitle(title, false), tiny.sentences(), tiny.mentions());
    Analysis a = new Analysis(titled);
    return new ChooseHeadline().choose(a, a.sentence(0)).text();
  }

  private static final String TEXT =
      "La Cámara estatal aprobó el martes la reparación de la presa de Peñas Altas. El"
          + " ingeniero jefe dijo que la obra terminará en otoño. La presa de Peñas Altas riega"
          + " los campos del valle.";

  @Test
  void aTitleWithoutAccentsIsShownWithTheArticlesSpelling() {
    assertThat(headline("La Camara aprobo la reparacion de la presa de PENAS Altas", TEXT))
        .isEqualTo("La Cámara aprobó la reparación de la presa de PEÑAS Altas");
  }

  @Test
  void aWordTheArticleAlsoWritesWithoutMarksIsLeftAsTheTitleHasIt() {
    String text = "Ana Garcia dijo que no. García, la alcaldesa, votó en contra.";
    assertThat(headline("Garcia vota en contra", text)).isEqualTo("Garcia vota en contra");
    assertThat(headline("Ella voto en contra", text)).isEqualTo("Ella votó en contra");
  }
}
