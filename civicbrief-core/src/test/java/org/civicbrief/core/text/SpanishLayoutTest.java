package org.civicbrief.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.civic.TinyAnnotator;
import org.junit.jupiter.api.Test;

/** Spanish writes its subheadings in sentence case (ADR 21), and many English outlets do too. */
class SpanishLayoutTest {

  private static final String TEXT =
      "El cabildo aprobó el lunes el presupuesto del puerto.\n\n"
          + "La alcaldesa promete obras antes del verano\n\n"
          + "Las obras comenzarán en marzo.";

  private static Layout layout(String language) {
    return layout(TEXT, language);
  }

  private static Layout layout(String text, String language) {
    AnnotatedArticle plain = TinyAnnotator.annotate(text);
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
  void anEnglishSentenceCaseLineIsASubheadingWhenTheStoryGoesOnBelowIt() {
    // Issue 16 (R16): "Opponents said the new map is racial gerrymandering", a heading, was a
    // summary line. A last line without a full stop is the story's end, not a heading.
    assertThat(layout("en").kind(1)).isEqualTo(SentenceKind.SUBHEADING);
    assertThat(layout("en").isBody(2)).isTrue();
    String ending =
        "The council approved the port budget on Monday.\n\nThe mayor promised work soon";
    assertThat(layout(ending, "en").kind(1)).isEqualTo(SentenceKind.BODY);
  }

  @Test
  void anOutletsCreditLineIsNoBodySentence() {
    // R17: "ABC News, Politico, and CNN contributed to this report." became a dek.
    String text =
        "The council approved the port budget on Monday.\n\n"
            + "The mayor said work would start in March.\n\n"
            + "Harbor News and Bay Radio contributed to this report.";
    assertThat(layout(text, "en").isBody(2)).isFalse();
    assertThat(layout(text, "en").isBody(1)).isTrue();
  }
}
