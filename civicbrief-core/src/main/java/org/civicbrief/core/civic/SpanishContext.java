package org.civicbrief.core.civic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Por qué importa" and "Qué puede hacer" for a Spanish briefing (ADR 21): each line the English
 * stage wrote, said again from the card's Spanish text, with the same evidence, citation and voice.
 * A card with no Spanish text is left out rather than shown in English.
 */
public final class SpanishContext {

  private final Map<String, SpanishCard> cards;

  /** The stage over the cards' Spanish text, by card id. */
  public SpanishContext(Map<String, SpanishCard> cards) {
    this.cards = Map.copyOf(cards);
  }

  /** The article's words in quotation marks, unless they hold quotation marks of their own. */
  private static String quoted(String words) {
    boolean marks =
        words.indexOf('“') >= 0
            || words.indexOf('”') >= 0
            || words.indexOf('"') >= 0
            || words.indexOf('«') >= 0;
    return marks ? words : "“" + words + "”";
  }

  /** {@code english} in Spanish; {@code text} is the article text the evidence points into. */
  public CivicContext translate(CivicContext english, String text) {
    return translate(english, text, Optional.empty());
  }

  /**
   * {@code english} in Spanish, for an article {@code published} on that date: no card sentence
   * that tells of a later time is given as a reason.
   */
  public CivicContext translate(CivicContext english, String text, Optional<LocalDate> published) {
    List<ContextItem> why = new ArrayList<>();
    for (ContextItem item : english.whyItMatters()) {
      SpanishCard es = cards.get(item.citation().cardId());
      if (es == null) {
        continue;
      }
      String span = item.evidence().in(text).strip();
      // As in English: the article's fact, what is at stake in it, and the card's own sentence on
      // why, when one shares the fact's words (R-es2 read "X, …, aparece donde el artículo
      // informa" as a formula; R16 read a name and a gloss as a glossary line).
      String reason = Reasons.ofSpanish(es, span, published).map(r -> " " + r).orElse("");
      why.add(
          new ContextItem(
              (item.voice() == StatementKind.OPINION ? "El artículo da su propia valoración: " : "")
                  + quoted(span)
                  + " En juego: "
                  + es.name()
                  + ", "
                  + es.gloss()
                  + "."
                  + reason,
              item.evidence(),
              item.citation(),
              item.voice(),
              item.cited()));
    }
    List<ActionItem> actions = new ArrayList<>();
    for (ActionItem a : english.whatYouCanDo()) {
      SpanishCard es = cards.get(a.cardId());
      if (es == null) {
        continue;
      }
      String line =
          switch (a.kind()) {
            case READ_PRIMARY_SOURCE -> "Lea el texto original (" + es.name() + ").";
            case FOLLOW_COMMITTEE ->
                "Siga las audiencias y votaciones de las comisiones del Congreso con competencia"
                    + " en este tema.";
            case CONTACT_HOUSE -> "Busque a su representante en la Cámara de Estados Unidos.";
            case CONTACT_SENATE -> "Busque a sus dos senadores de Estados Unidos.";
            case CONTACT_STATE_OFFICIALS ->
                "Busque a sus legisladores estatales y a su gobernador, y cómo contactarlos, con la"
                    + " búsqueda oficial de USA.gov.";
            case FIND_ELECTION_OFFICE ->
                "Busque la oficina electoral de su estado o condado para informarse sobre cómo"
                    + " votar donde vive.";
          };
      actions.add(new ActionItem(a.kind(), line, a.url(), a.cardId()));
    }
    return new CivicContext(
        why,
        actions,
        english.concepts(),
        english.statements(),
        english.opinionHeavy(),
        english.opinionShare(),
        english.citations());
  }
}
