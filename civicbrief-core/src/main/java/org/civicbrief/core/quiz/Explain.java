package org.civicbrief.core.quiz;

import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.TimelineEvent;

/**
 * Writes explanations: why the key is right, quoting the source sentence and naming its outlet and,
 * where the article attributes the statement, who it attributes it to.
 */
final class Explain {

  private final Briefing b;
  private final String text;
  private final String outlet;
  // A Spanish article's explanations are in Spanish (ADR 21); each template says the same thing.
  private final boolean es;

  Explain(Briefing b) {
    this.b = b;
    this.text = b.article().text();
    this.outlet = b.article().publisher().or(() -> b.article().canonicalUrl()).orElse("");
    this.es = SpanishQuiz.isSpanish(b);
  }

  private String cite(Evidence e) {
    return (es ? " (oración " : " (sentence ")
        + (e.sentence() + 1)
        + (outlet.isEmpty() ? "" : ", " + outlet)
        + ")";
  }

  String quote(Quote q) {
    if (es) {
      return q.speaker()
          + " es quien habla: el artículo atribuye “"
          + q.text().replaceAll("[,\\s]+$", "")
          + "” a "
          + q.speaker()
          + q.verb().map(v -> " (“" + v + "”)").orElse("")
          + cite(q.evidence())
          + ".";
    }
    return q.speaker()
        + " is the speaker: the article attributes “"
        + q.text().replaceAll("[,\\s]+$", "")
        + "” to "
        + q.speaker()
        + q.verb().map(v -> " (“" + v + "”)").orElse("")
        + cite(q.evidence())
        + ".";
  }

  String role(Actor actor) {
    Evidence e = actor.role().orElseThrow().evidence();
    if (es) {
      return "El artículo describe a "
          + actor.name()
          + " como “"
          + e.in(text)
          + "”"
          + cite(e)
          + ".";
    }
    return "The article describes " + actor.name() + " as “" + e.in(text) + "”" + cite(e) + ".";
  }

  String date(TimelineEvent e) {
    return "The article dates this to "
        + e.dateText()
        + ": “"
        + e.text()
        + "”"
        + cite(e.evidence())
        + ".";
  }

  String fact(BriefItem item, String key) {
    if (es) {
      return "La respuesta es "
          + key
          + ". El artículo dice: “"
          + item.text()
          + "”"
          + cite(item.evidence())
          + ".";
    }
    return "The answer is "
        + key
        + ". The article reports: “"
        + item.text()
        + "”"
        + cite(item.evidence())
        + ".";
  }

  /**
   * A Spanish day blank's explanation: the article says the day as {@code said} ("el jueves"),
   * which its publication date resolves to {@code key}.
   */
  String day(BriefItem item, String key, String said) {
    String published =
        b.article().published().map(d -> ", publicado el " + SpanishQuiz.date(d) + ",").orElse("");
    return "La respuesta es "
        + key
        + ": el artículo"
        + published
        + " lo fecha “"
        + said
        + "”: “"
        + item.text()
        + "”"
        + cite(item.evidence())
        + ".";
  }

  String truth(BriefItem item, boolean isTrue, String original, String changed) {
    if (es) {
      return isTrue
          ? "Verdadero. El artículo dice: “" + item.text() + "”" + cite(item.evidence()) + "."
          : "Falso. El artículo dice “"
              + original
              + "”, no “"
              + changed
              + "”: “"
              + item.text()
              + "”"
              + cite(item.evidence())
              + ".";
    }
    if (isTrue) {
      return "True. The article reports: “" + item.text() + "”" + cite(item.evidence()) + ".";
    }
    return "False. The article says “"
        + original
        + "”, not “"
        + changed
        + "”: “"
        + item.text()
        + "”"
        + cite(item.evidence())
        + ".";
  }
}
