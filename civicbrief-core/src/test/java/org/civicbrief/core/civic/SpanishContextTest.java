package org.civicbrief.core.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicbrief.core.briefing.Evidence;
import org.junit.jupiter.api.Test;

/** "Por qué importa" reads as the English does: the article's fact, then what is at stake. */
class SpanishContextTest {

  private static final String TEXT =
      "El gobernador envió a la Guardia Nacional al puerto el lunes.";

  @Test
  void opensOnTheArticlesFactThenWhatIsAtStake() {
    ContextItem english =
        new ContextItem(
            "The article reports: …",
            new Evidence(0, 0, TEXT.length()),
            new Citation(
                "guard", "32 U.S.C. § 102", "https://www.law.cornell.edu/uscode/text/32/102"),
            StatementKind.REPORTING);
    CivicContext in =
        new CivicContext(List.of(english), List.of(), List.of(), List.of(), false, 0, List.of());
    SpanishCard card =
        new SpanishCard(
            "guard",
            "Guardia Nacional",
            "la milicia de cada estado",
            "La Guardia Nacional es la milicia de cada estado.",
            List.of(TestCards.FACT));
    String why =
        new SpanishContext(Map.of("guard", card))
            .translate(in, TEXT)
            .whyItMatters()
            .getFirst()
            .text();
    // R-es2 read "X, …, aparece donde el artículo informa" as a formula.
    assertThat(why)
        .isEqualTo(
            "“El gobernador envió a la Guardia Nacional al puerto el lunes.”"
                + " En juego: Guardia Nacional, la milicia de cada estado.")
        .doesNotContain("aparece donde");
  }

  @Test
  void addsTheCardsSpanishSentenceThatSharesTheFactsWords() {
    String text =
        "El presidente federalizó a los soldados del estado contra la voluntad del puerto.";
    ContextItem english =
        new ContextItem(
            "…",
            new Evidence(0, 0, text.length()),
            new Citation(
                "guard", "32 U.S.C. § 102", "https://www.law.cornell.edu/uscode/text/32/102"),
            StatementKind.REPORTING);
    CivicContext in =
        new CivicContext(List.of(english), List.of(), List.of(), List.of(), false, 0, List.of());
    SpanishCard card =
        new SpanishCard(
            "guard",
            "Guardia Nacional",
            "la milicia de cada estado",
            "La Guardia Nacional es la milicia de cada estado. Responde a los soldados"
                + " federalizados del estado. Los soldados federalizados responden al presidente."
                + " Esta regla se escribió para los soldados de una prueba.",
            List.of(TestCards.FACT));
    String why =
        new SpanishContext(Map.of("guard", card))
            .translate(in, text)
            .whyItMatters()
            .getFirst()
            .text();
    assertThat(why)
        .endsWith(
            "En juego: Guardia Nacional, la milicia de cada estado. Los soldados federalizados"
                + " responden al presidente.");
  }
}
