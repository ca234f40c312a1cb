package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicbrief.core.briefing.Evidence;

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

  /** How far the shown span may grow to reach its sentence's start or end. */
  private static final int REACH = 160;

  /**
   * The English stage's span, grown to its sentence's start and end when they are near: R-es2 read
   * "Bonta y otros miembros de su personal, busca anular …" (the subject cut off) and "… para hacer
   * cumplir la ley en" as fragments. A dateline's dash before the sentence is left out.
   */
  static Evidence wholeClause(String text, Evidence e) {
    int from = e.start();
    while (from < e.end() && "–—- ".indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    int start = from;
    for (int i = from; i >= Math.max(0, from - REACH); i--) {
      if (startsSentence(text, i)) {
        start = i;
        break;
      }
    }
    while (start < e.end() && "–—- ".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    int end = e.end();
    for (int i = Math.max(e.end(), start); i <= Math.min(text.length(), e.end() + REACH); i++) {
      if (endsSentence(text, i)) {
        end = i;
        break;
      }
    }
    return new Evidence(e.sentence(), start, Math.max(start, end));
  }

  private static final String CLOSING = "”»\"’";

  /** A sentence (or a dateline's dash) ends before {@code i}, and a capital or a quote opens it. */
  private static boolean startsSentence(String text, int i) {
    String before = text.substring(0, i).stripTrailing();
    if (before.isEmpty() || before.endsWith("\n") || i > 0 && text.charAt(i - 1) == '\n') {
      return true;
    }
    char last = before.charAt(before.length() - 1);
    if ("–—".indexOf(last) >= 0) {
      return true;
    }
    while (CLOSING.indexOf(last) >= 0 && before.length() > 1) {
      before = before.substring(0, before.length() - 1);
      last = before.charAt(before.length() - 1);
    }
    if (".!?".indexOf(last) < 0 || i >= text.length()) {
      return false;
    }
    char first = text.charAt(i);
    return i > 0
        && Character.isWhitespace(text.charAt(i - 1))
        && (Character.isUpperCase(first) || "“«\"¿¡–—".indexOf(first) >= 0);
  }

  /** A sentence ends at {@code i}: its stop and closing quotes are before it. */
  private static boolean endsSentence(String text, int i) {
    if (i >= text.length() || text.charAt(i) == '\n') {
      return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    }
    if (!Character.isWhitespace(text.charAt(i)) || i == 0) {
      return false;
    }
    int j = i - 1;
    while (j > 0 && CLOSING.indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    return ".!?".indexOf(text.charAt(j)) >= 0 && startsSentence(text, nextWord(text, i));
  }

  private static int nextWord(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  /** The span's words, with "…" where they stop inside a sentence. */
  private static String marked(String text, Evidence e) {
    String words = e.in(text).strip();
    boolean cutBefore = !startsSentence(text, e.start());
    boolean cutAfter = !endsSentence(text, e.end());
    return (cutBefore ? "…" : "") + words + (cutAfter ? "…" : "");
  }

  /**
   * The English line of an institution or an office: "That involves the Supreme Court …" (or, from
   * a situation, "… that involves …").
   */
  private static final java.util.regex.Pattern INVOLVES =
      java.util.regex.Pattern.compile("(That|, that) involves ");

  /**
   * The Spanish text of {@code es} as it read on {@code published}, by the dates its English card
   * carries ({@link SpanishCard#asOf}); null when there is none, or none held yet.
   */
  private static SpanishCard asOf(
      SpanishCard es, CivicContext english, java.util.Optional<java.time.LocalDate> published) {
    if (es == null || published.isEmpty()) {
      return es;
    }
    List<CardHolds> holds =
        english.concepts().stream()
            .map(ConceptMatch::card)
            .filter(c -> c.id().equals(es.id()))
            .findFirst()
            .map(ConceptCard::holds)
            .orElse(List.of());
    return es.asOf(holds, published.get()).orElse(null);
  }

  /** Whether the card {@code id} among {@code english}'s matches is an institution or an office. */
  private static boolean isBody(CivicContext english, String id) {
    return english.concepts().stream()
        .map(ConceptMatch::card)
        .filter(c -> c.id().equals(id))
        .findFirst()
        .map(c -> c.category() == Category.INSTITUTION || c.category() == Category.OFFICE)
        .orElse(false);
  }

  /** {@code english} in Spanish; {@code text} is the article text the evidence points into. */
  public CivicContext translate(CivicContext english, String text) {
    return translate(english, text, java.util.Optional.empty());
  }

  /**
   * {@code english} in Spanish; {@code text} is the article text the evidence points into, and
   * {@code published} its date, after which no card sentence may tell of a time.
   */
  public CivicContext translate(
      CivicContext english, String text, java.util.Optional<java.time.LocalDate> published) {
    List<ContextItem> why = new ArrayList<>();
    for (ContextItem item : english.whyItMatters()) {
      SpanishCard es = asOf(cards.get(item.citation().cardId()), english, published);
      if (es == null) {
        continue;
      }
      Evidence shown = wholeClause(text, item.evidence());
      String span = marked(text, shown);
      java.util.Optional<String> reason = SpanishReasons.of(es, shown.in(text), published);
      // An institution or an office comes only when no rule matched (ExplainContext), and in
      // Spanish that is most stories: few cards have Spanish triggers, so the rule a ruling turns
      // on (an injunction, an order to comply) goes unread and the court's card takes its place.
      // Without a sentence of its own that joins it to the fact, its line is a glossary of who
      // acts, which Key actors says already (R-es5: the Court's size beside two rulings).
      if (isBody(english, item.citation().cardId()) && reason.isEmpty()) {
        continue;
      }
      why.add(
          // As in English ("… That turns on the Alien Enemies Act, the 1798 wartime law …"): the
          // article's fact, then one sentence that joins it to the card (R-es3 scored "por qué
          // importa" 2.67: "En juego: X, …" read as a glossary line, not a reason). The gloss
          // opens on its own article ("la ley de 1798 que …"), so the sentence needs no gender of
          // the name, which follows in brackets.
          new ContextItem(
              (item.voice() == StatementKind.OPINION ? "El artículo da su propia valoración: " : "")
                  + quoted(span)
                  + (INVOLVES.matcher(item.text()).find()
                      ? " En ese hecho interviene "
                      : " Ese hecho pone en juego ")
                  + es.gloss()
                  + " ("
                  + es.name()
                  + ")."
                  // As in English, the card's own sentence that joins the fact to the concept.
                  + reason.map(r -> " " + r).orElse(""),
              shown,
              // The source's Spanish title: a Spanish page shows no English title (R-es2).
              new Citation(item.citation().cardId(), es.source(), item.citation().url()),
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
            case CONTACT_HOUSE ->
                "Busque a su representante en la Cámara de Estados Unidos, para preguntarle su"
                    + " postura o darle su opinión; los senadores figuran en senate.gov.";
            case CONTACT_SENATE ->
                "Busque a sus dos senadores de Estados Unidos, para preguntarles su postura o"
                    + " darles su opinión.";
            case CONTACT_STATE_OFFICIALS ->
                "Busque a sus legisladores estatales y a su gobernador, y cómo contactarlos, con la"
                    + " búsqueda oficial de USA.gov.";
            case FIND_ELECTION_OFFICE ->
                "Busque la oficina electoral de su estado o condado para informarse sobre cómo"
                    + " votar donde vive.";
            case CONTACT_LOCAL_OFFICIALS ->
                "Busque el gobierno de su ciudad o condado, y cómo contactar a su alcalde y su"
                    + " concejo, con la guía de gobiernos locales de USA.gov.";
            case FOLLOW_COURT_DOCKET ->
                "Siga los casos de la Corte Suprema en su registro oficial, donde la Corte publica"
                    + " los escritos, órdenes y opiniones de cada caso.";
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
