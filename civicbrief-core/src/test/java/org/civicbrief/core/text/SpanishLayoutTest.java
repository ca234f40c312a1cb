package org.civicbrief.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.civic.TinyAnnotator;
import org.junit.jupiter.api.Test;

/** Spanish writes its subheadings in sentence case (ADR 21). */
class SpanishLayoutTest {

  private static final String TEXT =
      "El cabildo aprobó el lunes el presupuesto del puerto.\n\n"
          + "La alcaldesa promete obras antes del verano\n\n"
          + "Las obras comenzarán en marzo.";

  private static Layout layout(String language) {
    AnnotatedArticle plain = TinyAnnotator.annotate(TEXT);
    Article a = plain.article();
    Article inLanguage =
        new Article(
            a.text(),
            a.title(),
            a.titleInText(),
            a.byline(),
            a.publisher(),
            a.published(),
            a.updated(),
            Optional.empty(),
            language,
            a.origin());
    return Layout.of(new AnnotatedArticle(inLanguage, plain.sentences(), List.of()));
  }

  @Test
  void aShortLineWithoutFinalPunctuationIsASpanishSubheadingWhateverItsCase() {
    assertThat(layout("es").kind(1)).isEqualTo(SentenceKind.SUBHEADING);
    assertThat(layout("es").isBody(2)).isTrue();
  }

  @Test
  void anEnglishSubheadingStillNeedsTitleCase() {
    assertThat(layout("en").kind(1)).isEqualTo(SentenceKind.BODY);
  }
}
