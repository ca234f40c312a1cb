package org.civicbrief.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.DatePrecision;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.SourceRef;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.civic.ActionItem;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.Quiz;

/**
 * Renders a briefing as Markdown that reads well in a terminal and in any Markdown viewer.
 *
 * <p>Each item ends with a compact evidence marker, {@code ⟨s12:1043–1120⟩}: the sentence index
 * (from 0) and the end-exclusive character span in the article text, as in the briefing JSON. A
 * section with nothing in it is left out.
 */
public final class RenderMarkdown {

  /** Creates a renderer; it holds no state and can be shared. */
  public RenderMarkdown() {}

  /** The Markdown for {@code briefing}, ending with a line break. */
  public String render(Briefing briefing) {
    Labels labels = Labels.of(briefing.article().language());
    StringBuilder out = new StringBuilder(4096);
    out.append("# ").append(Markdown.inline(briefing.headline().text()));
    briefing.headline().evidence().ifPresent(e -> out.append(' ').append(marker(e)));
    out.append("\n\n");
    BriefItem dek = briefing.dek();
    if (briefing.showsDek()) {
      out.append('*')
          .append(Markdown.inline(dek.text()))
          .append("* ")
          .append(marker(dek.evidence()));
      out.append("\n\n");
    }
    meta(briefing.article(), Attribution.publisher(briefing), labels)
        .ifPresent(m -> out.append(m).append("\n\n"));
    section(
        out,
        labels.get("summary"),
        briefing.summary(),
        item -> statement(out, item, Attribution.credit(item, briefing, labels), labels));
    civic(out, briefing, labels);
    lawsCited(out, briefing, labels);
    section(
        out,
        labels.get("facts"),
        briefing.coreFacts(),
        item -> statement(out, item, Attribution.claimedBy(item, labels), labels));
    section(out, labels.get("actors"), briefing.keyActors(), actor -> actor(out, actor, labels));
    section(out, labels.get("quotes"), briefing.quotes(), quote -> quote(out, quote));
    section(out, labels.get("timeline"), briefing.timeline(), event -> event(out, event, labels));
    section(
        out, labels.get("sources"), SourceList.of(briefing), source -> source(out, source, labels));
    quiz(out, briefing.quiz(), labels);
    // One line break at the end, however the last section ended.
    while (out.length() > 1
        && out.charAt(out.length() - 1) == '\n'
        && out.charAt(out.length() - 2) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /**
   * "Why this matters" and "What you can do": each sentence with its evidence marker and the card
   * it cites; nothing at all when the article touches no card.
   */
  private static void civic(StringBuilder out, Briefing b, Labels labels) {
    if (b.opinionHeavy()) {
      out.append("> ").append(Markdown.inline(CivicContext.OPINION_NOTE)).append("\n\n");
    }
    if (!b.whyItMatters().isEmpty()) {
      out.append("## ").append(labels.get("why")).append("\n\n");
      for (ContextItem item : b.whyItMatters()) {
        out.append("- ")
            .append(Markdown.inline(item.text()))
            .append(" [")
            .append(Markdown.inline(item.citation().title()))
            .append("](")
            .append(item.citation().url())
            .append(") ")
            .append(marker(item.evidence()));
        if (!item.cited().isEmpty()) {
          out.append(labels.get("cited"));
          for (int i = 0; i < item.cited().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(citation(item.cited().get(i)));
          }
          out.append('.');
        }
        out.append('\n');
      }
      out.append('\n');
    }
    if (!b.whatYouCanDo().isEmpty()) {
      out.append("## ").append(labels.get("what")).append("\n\n");
      for (ActionItem action : b.whatYouCanDo()) {
        out.append("- ")
            .append(Markdown.inline(action.text()))
            .append(" <")
            .append(action.url())
            .append(">\n");
      }
      out.append('\n');
    }
  }

  /**
   * "Laws and cases cited": the article's citations that no why-it-matters item carries, each
   * linked to its official text when an address is known, with its evidence marker.
   */
  private static void lawsCited(StringBuilder out, Briefing b, Labels labels) {
    if (b.legalCitations().isEmpty()) {
      return;
    }
    out.append("## ").append(labels.get("lawsCited")).append("\n\n");
    for (LegalCitation c : b.legalCitations()) {
      out.append("- ")
          .append(citation(c))
          .append(" (")
          .append(c.kind().label())
          .append(") ")
          .append(marker(c.evidence()))
          .append('\n');
    }
    out.append('\n');
  }

  /** A citation, as a link to its official text when there is one. */
  private static String citation(LegalCitation c) {
    String text = Markdown.inline(c.text());
    return c.url().map(url -> "[" + text + "](" + url + ")").orElse(text);
  }

  /** "Test your knowledge": the questions with lettered options, then the answers. */
  private static void quiz(StringBuilder out, Quiz quiz, Labels labels) {
    List<Question> questions = quiz.questions();
    if (questions.isEmpty()) {
      return;
    }
    out.append("## ")
        .append(labels.get("quiz"))
        .append(" (")
        .append(questions.size())
        .append(' ')
        .append(labels.get(questions.size() == 1 ? "question" : "questions"))
        .append(")\n\n");
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      out.append(i + 1).append(". ").append(Markdown.inline(q.stem())).append('\n');
      for (int o = 0; o < q.options().size(); o++) {
        out.append("   - ")
            .append((char) ('A' + o))
            .append(") ")
            .append(Markdown.inline(q.options().get(o)))
            .append('\n');
      }
    }
    out.append("\n### ").append(labels.get("answers")).append("\n\n");
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      out.append(i + 1)
          .append(". **")
          .append((char) ('A' + q.answerIndex()))
          .append(") ")
          .append(Markdown.inline(q.answer()))
          .append("** — ")
          .append(Markdown.inline(q.explanation()))
          .append(' ')
          .append(marker(q.evidence()))
          .append('\n');
    }
    out.append('\n');
  }

  /** {@code ⟨s12:1043–1120⟩}: sentence index and character span. */
  static String marker(Evidence e) {
    return "\u27e8s" + e.sentence() + ":" + e.start() + "\u2013" + e.end() + "\u27e9";
  }

  private static <T> void section(
      StringBuilder out, String heading, List<T> items, Consumer<T> item) {
    if (items.isEmpty()) {
      return;
    }
    out.append("## ").append(heading).append("\n\n");
    items.forEach(item);
    out.append('\n');
  }

  private static Optional<String> meta(Article article, Optional<String> publisher, Labels labels) {
    List<String> parts = new ArrayList<>();
    article.byline().filter(s -> !s.isBlank()).map(Markdown::inline).ifPresent(parts::add);
    publisher.map(Markdown::inline).ifPresent(parts::add);
    // In the briefing's language: R-es2 found "published 2025-…" on every Spanish page.
    article
        .published()
        .map(d -> labels.get("published") + " " + labels.date(d.toString(), DatePrecision.DAY))
        .ifPresent(parts::add);
    article
        .updated()
        .map(d -> labels.get("updated") + " " + labels.date(d.toString(), DatePrecision.DAY))
        .ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
  }

  private static void statement(
      StringBuilder out, BriefItem item, Optional<String> credit, Labels labels) {
    out.append("- ").append(Markdown.inline(item.text()));
    credit.ifPresent(c -> out.append(" [").append(Markdown.inline(c)).append(']'));
    if (item.hedged()) {
      out.append(" (").append(labels.get("chip.hedged")).append(')');
    }
    out.append(' ').append(marker(item.evidence())).append('\n');
  }

  private static void actor(StringBuilder out, Actor actor, Labels labels) {
    out.append("- **")
        .append(Markdown.inline(actor.name()))
        .append("** ")
        .append(marker(actor.evidence()));
    actor
        .role()
        .ifPresent(
            r ->
                out.append(" — ")
                    .append(Markdown.inline(r.text()))
                    .append(' ')
                    .append(marker(r.evidence())));
    out.append('\n');
    actor
        .stance()
        .ifPresent(
            s ->
                out.append("  - ")
                    .append(labels.get("stance"))
                    .append(": ")
                    .append(Markdown.inline(s.text()))
                    .append(' ')
                    .append(marker(s.evidence()))
                    .append('\n'));
    out.append("  - ")
        .append(
            actor.mentions() == 1
                ? labels.get("mentionedOnce")
                : labels.get("mentioned").replace("{0}", Integer.toString(actor.mentions())));
    if (!actor.aliases().isEmpty()) {
      out.append(labels.get("alsoAs")).append(Markdown.inline(String.join(", ", actor.aliases())));
    }
    out.append('\n');
  }

  private static void quote(StringBuilder out, Quote quote) {
    out.append("- “")
        .append(Markdown.inline(quote.text()))
        .append("” — ")
        .append(Markdown.inline(quote.speaker()));
    quote
        .verb()
        .filter(v -> !v.isBlank())
        .ifPresent(v -> out.append(", ").append(Markdown.inline(v)));
    out.append(' ').append(marker(quote.evidence())).append('\n');
  }

  private static void event(StringBuilder out, TimelineEvent event, Labels labels) {
    out.append("- ").append(Markdown.inline(labels.date(event.date(), event.precision())));
    if (event.approximate()) {
      out.append(" (").append(labels.get("approx")).append(")");
    }
    out.append(" — ")
        .append(Markdown.inline(event.text()))
        .append(' ')
        .append(marker(event.evidence()))
        .append('\n');
  }

  private static void source(StringBuilder out, SourceRef source, Labels labels) {
    out.append("- ")
        .append(Markdown.inline(source.name()))
        .append(" (")
        .append(labels.sourceKind(source.kind()))
        .append(')');
    // Angle brackets make an autolink; SafeUrl has already refused spaces and brackets inside it.
    source.url().flatMap(SafeUrl::http).ifPresent(url -> out.append(" <").append(url).append('>'));
    source.evidence().forEach(e -> out.append(' ').append(marker(e)));
    out.append('\n');
  }
}
