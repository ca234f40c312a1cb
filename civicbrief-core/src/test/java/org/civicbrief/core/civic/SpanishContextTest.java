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
            "32 U.S.C. § 102 (política general de la Guardia Nacional; texto en inglés)",
            List.of(TestCards.FACT));
    String why =
        new SpanishContext(Map.of("guard", card))
            .translate(in, TEXT)
            .whyItMatters()
            .getFirst()
            .text();
    // R-es2 read "X, …, aparece donde el artículo informa" as a formula, R-es3 "En juego: X, …"
    // as a glossary line: one sentence joins the fact to the card.
    assertThat(why)
        .isEqualTo(
            "“El gobernador envió a la Guardia Nacional al puerto el lunes.” Ese hecho pone en"
                + " juego la milicia de cada estado (Guardia Nacional).")
        .doesNotContain("aparece donde")
        .doesNotContain("En juego:");
  }

  private static final SpanishCard GUARD =
      new SpanishCard(
          "guard",
          "Guardia Nacional",
          "la milicia de cada estado",
          "La Guardia Nacional es la milicia de cada estado.",
          "32 U.S.C. § 102 (política general de la Guardia Nacional; texto en inglés)",
          List.of(TestCards.FACT));

  private static ContextItem whyOf(String text, int start, int end) {
    ContextItem english =
        new ContextItem(
            "The article reports: …",
            new Evidence(1, start, end),
            new Citation(
                "guard",
                "32 U.S.C. § 102 (National Guard general policy)",
                "https://www.law.cornell.edu/uscode/text/32/102"),
            StatementKind.REPORTING);
    CivicContext in =
        new CivicContext(List.of(english), List.of(), List.of(), List.of(), false, 0, List.of());
    return new SpanishContext(Map.of("guard", GUARD)).translate(in, text).whyItMatters().getFirst();
  }

  @Test
  void quotesTheWholeSentenceWhenTheEnglishSpanStopsInsideIt() {
    String text =
        "VALLE ALTO (EFE) –La alcaldesa habló el lunes. La demanda, que presentó la fiscal Ana"
            + " Ruiz con su equipo, busca devolver la Guardia Nacional del estado al mando de la"
            + " gobernadora antes de las lluvias. Nadie respondió.";
    int start = text.indexOf("Ruiz con");
    int end = text.indexOf(" al mando");
    ContextItem why = whyOf(text, start, end);
    // R-es2: "Bonta y otros miembros de su personal, busca anular …" read as a fragment.
    assertThat(why.text())
        .startsWith("“La demanda, que presentó la fiscal Ana Ruiz con su equipo,")
        .contains("antes de las lluvias.” Ese hecho pone en juego");
    assertThat(why.evidence().in(text)).startsWith("La demanda").endsWith("lluvias.");
  }

  @Test
  void marksTheCutWhenTheSentenceIsTooLongToQuoteWhole() {
    String text =
        "La gobernadora dijo que "
            + "la medida, ".repeat(20)
            + "envía a la Guardia Nacional al puerto "
            + "y a la frontera, ".repeat(20)
            + "sin más.";
    int start = text.indexOf("envía");
    int end = text.indexOf(" y a la");
    assertThat(whyOf(text, start, end).text())
        .contains("“…envía a la Guardia Nacional al puerto…”");
  }

  @Test
  void citesTheSourceByItsSpanishTitle() {
    String text = "El gobernador envió a la Guardia Nacional al puerto el lunes.";
    // R-es2: English titles of legal sources on a Spanish page.
    assertThat(whyOf(text, 0, text.length()).citation().title())
        .isEqualTo("32 U.S.C. § 102 (política general de la Guardia Nacional; texto en inglés)");
  }

  @Test
  void addsTheCardSentenceThatJoinsTheFactToTheConceptNotOnlyItsGloss() {
    SpanishCard card =
        new SpanishCard(
            "guard",
            "Guardia Nacional",
            "la milicia de cada estado",
            "La Guardia Nacional es la milicia de cada estado. El presidente puede federalizar a"
                + " sus miembros cuando hay una invasión o una rebelión. Desde 2031, cada lunes se"
                + " podrá federalizar a los miembros de la Guardia ante una rebelión.",
            "32 U.S.C. § 102 (texto en inglés)",
            List.of(TestCards.FACT));
    String text =
        "El presidente ordenó el lunes federalizar a los miembros de la Guardia Nacional por una"
            + " rebelión.";
    ContextItem english =
        new ContextItem(
            "The article reports: …",
            new Evidence(0, 0, text.length()),
            new Citation(
                "guard", "32 U.S.C. § 102", "https://www.law.cornell.edu/uscode/text/32/102"),
            StatementKind.REPORTING);
    CivicContext in =
        new CivicContext(List.of(english), List.of(), List.of(), List.of(), false, 0, List.of());
    String why =
        new SpanishContext(Map.of("guard", card))
            .translate(in, text, java.util.Optional.of(java.time.LocalDate.of(2025, 6, 10)))
            .whyItMatters()
            .getFirst()
            .text();
    // R-es2 scored "por qué importa" 2.7: a glossary line after the fact is no reason. A sentence
    // of a time after the article's date is never the reason.
    assertThat(why)
        .endsWith(
            "Ese hecho pone en juego la milicia de cada estado (Guardia Nacional). El presidente"
                + " puede federalizar a sus miembros cuando hay una invasión o una rebelión.");
  }

  @Test
  void aBodyTheFactInvolvesIsJoinedToItInOneSentence() {
    String text = "El gobernador envió a la Guardia Nacional al puerto el lunes.";
    ContextItem english =
        new ContextItem(
            "“El gobernador …” That involves the National Guard, the militia of each state.",
            new Evidence(0, 0, text.length()),
            new Citation(
                "guard", "32 U.S.C. § 102", "https://www.law.cornell.edu/uscode/text/32/102"),
            StatementKind.REPORTING);
    CivicContext in =
        new CivicContext(List.of(english), List.of(), List.of(), List.of(), false, 0, List.of());
    assertThat(
            new SpanishContext(Map.of("guard", GUARD))
                .translate(in, text)
                .whyItMatters()
                .getFirst()
                .text())
        .isEqualTo(
            "“El gobernador envió a la Guardia Nacional al puerto el lunes.” En ese hecho"
                + " interviene la milicia de cada estado (Guardia Nacional).");
  }

  /** A high court's card, an institution, written for the test: its size, not what it rules on. */
  private static final ConceptCard COURT =
      TestCards.sourced(
          "alto-tribunal",
          Category.INSTITUTION,
          "Ley del alto tribunal",
          "Alto Tribunal",
          List.of());

  private static final SpanishCard COURT_ES =
      new SpanishCard(
          "alto-tribunal",
          "Alto Tribunal",
          "el tribunal de última instancia, con siete magistrados",
          "El Alto Tribunal es el tribunal de última instancia. La ley fija en siete el número de"
              + " sus magistrados, que el Parlamento elige por mayoría calificada. Los magistrados"
              + " ocupan el cargo durante doce años.",
          "Ley del alto tribunal (texto en inglés)",
          List.of(TestCards.FACT));

  private static List<ContextItem> courtWhy(String text) {
    ContextItem english =
        new ContextItem(
            "The article reports: … That involves the Alto Tribunal …",
            new Evidence(0, 0, text.length()),
            new Citation("alto-tribunal", "Ley del alto tribunal", "https://example.org/ley"),
            StatementKind.REPORTING);
    CivicContext in =
        new CivicContext(
            List.of(english),
            List.of(),
            List.of(new ConceptMatch(COURT, 1, List.of(new Evidence(0, 0, 12)))),
            List.of(),
            false,
            0,
            List.of());
    return new SpanishContext(Map.of("alto-tribunal", COURT_ES)).translate(in, text).whyItMatters();
  }

  @Test
  void anInstitutionThatOnlyRulesIsLeftOutRatherThanGlossed() {
    // R-es5: the Supreme Court's size as "por qué importa" for rulings on compliance with an
    // order and on nationwide injunctions; the court is who acts, which Key actors says.
    assertThat(
            courtWhy(
                "El Alto Tribunal ordenó el martes al ministerio que cumpla la orden de devolver"
                    + " los terrenos a la cooperativa de Llano Seco."))
        .isEmpty();
  }

  @Test
  void anInstitutionWhoseCardSaysWhyTheFactMattersIsKept() {
    assertThat(
            courtWhy(
                "El Parlamento no logró la mayoría calificada para elegir a los dos magistrados"
                    + " que faltan en el Alto Tribunal."))
        .singleElement()
        .extracting(ContextItem::text)
        .asString()
        .contains("que el Parlamento elige por mayoría calificada");
  }
}
