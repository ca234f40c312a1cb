package org.civicbrief.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.SourceRef;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.civic.ActionItem;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.quiz.Question;

/**
 * Renders a briefing as one standalone, accessible HTML5 page that needs no script and loads
 * nothing.
 *
 * <p>Every item shows the sentence it came from on hover and keyboard focus and links to that
 * sentence, highlighted in the article text at the bottom of the page. Everything that comes from
 * the article is escaped, links are limited to http and https, and a Content-Security-Policy
 * forbids scripts. The markup is also well-formed XML (XHTML-compatible), so it can be checked with
 * an XML parser.
 */
public final class RenderHtml {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /** Creates a renderer; it holds no state and can be shared. */
  public RenderHtml() {}

  /**
   * The page for {@code briefing}.
   *
   * @throws IllegalArgumentException when an evidence span lies outside the article text
   */
  public String render(Briefing briefing) {
    return new Page(briefing).write();
  }

  /** One render call: the page being written and the ids handed out so far. */
  private static final class Page {

    private final Briefing briefing;
    private final Article article;
    private final Locale locale;
    private final HtmlWriter out = new HtmlWriter();
    private final Highlights highlights;
    private final EvidenceItems items;
    private final Labels labels;

    Page(Briefing briefing) {
      this.briefing = briefing;
      this.labels = Labels.of(briefing.article().language());
      this.article = briefing.article();
      this.locale = Locale.forLanguageTag(language(article));
      this.highlights = Highlights.of(briefing);
      this.items = new EvidenceItems(out, highlights, labels);
    }

    String write() {
      out.trusted("<!DOCTYPE html>").newline();
      out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language(article))
          .newline();
      head();
      out.open("body").newline();
      out.element("a", labels.get("skip"), "class", "skip", "href", "#main").newline();
      out.open("header", "class", "site")
          .element("p", "civicbrief · civic briefing")
          .close("header");
      out.newline().open("main", "id", "main").newline();
      masthead();
      summary();
      whyItMatters();
      lawsCited();
      coreFacts();
      actors();
      quotes();
      timeline();
      sources();
      quiz();
      articleText();
      out.close("main").newline();
      colophon();
      out.close("body").newline().close("html").newline();
      return out.toString();
    }

    private void head() {
      out.open("head").newline();
      out.empty("meta", "charset", "utf-8").newline();
      out.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
          .newline();
      out.empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
          .newline();
      out.empty("meta", "name", "referrer", "content", "no-referrer").newline();
      out.element("title", briefing.headline().text() + " · civicbrief").newline();
      out.open("style").trusted(HtmlStyle.CSS).close("style").newline();
      out.close("head").newline();
    }

    private void masthead() {
      out.open("header", "class", "lede").newline();
      out.element("h1", briefing.headline().text(), "id", "headline").newline();
      BriefItem dek = briefing.dek();
      if (briefing.showsDek()) {
        items.item("p", "dek", dek.evidence(), () -> out.text(dek.text()));
      }
      List<String> meta = new ArrayList<>();
      article.byline().filter(s -> !s.isBlank()).ifPresent(meta::add);
      Attribution.publisher(briefing).ifPresent(meta::add);
      if (!meta.isEmpty() || article.published().isPresent()) {
        out.open("p", "class", "meta").text(String.join(" · ", meta));
        article
            .published()
            .ifPresent(
                date ->
                    out.text(meta.isEmpty() ? "" : " · ")
                        .element(
                            "time", DisplayDate.human(date, locale), "datetime", date.toString()));
        out.close("p").newline();
      }
      out.close("header").newline();
    }

    private void summary() {
      if (briefing.summary().isEmpty()) {
        return;
      }
      openSection("summary", labels.get("summary"));
      out.open("ul", "class", "items").newline();
      for (BriefItem item : briefing.summary()) {
        statement(item, Attribution.credit(item, briefing, labels));
      }
      out.close("ul").newline();
      closeSection();
    }

    private void coreFacts() {
      if (briefing.coreFacts().isEmpty()) {
        return;
      }
      openSection("facts", labels.get("facts"));
      out.open("ul", "class", "items").newline();
      for (BriefItem item : briefing.coreFacts()) {
        statement(item, Attribution.claimedBy(item, labels));
      }
      out.close("ul").newline();
      closeSection();
    }

    private void statement(BriefItem item, Optional<String> credit) {
      items.item(
          "li",
          "",
          item.evidence(),
          () -> {
            out.text(item.text());
            credit.ifPresent(c -> out.text(" ").element("span", c, "class", "chip"));
            if (item.hedged()) {
              out.text(" ")
                  .element(
                      "span",
                      labels.get("chip.hedged"),
                      "class",
                      "chip hedge",
                      "title",
                      labels.get("hedgeTitle"));
            }
          });
    }

    private void actors() {
      if (briefing.keyActors().isEmpty()) {
        return;
      }
      openSection("actors", labels.get("actors"));
      new ActorCards(out, items, labels).write(briefing.keyActors(), briefing.quotes());
      closeSection();
    }

    private void quotes() {
      if (briefing.quotes().isEmpty()) {
        return;
      }
      openSection("quotes", labels.get("quotes"));
      for (Quote quote : briefing.quotes()) {
        items.item("figure", "quote", quote.evidence(), () -> quote(quote));
      }
      closeSection();
    }

    private void quote(Quote quote) {
      out.open("blockquote").element("p", quote.text()).close("blockquote");
      out.open("figcaption").text("— ");
      boolean known = briefing.keyActors().stream().anyMatch(a -> a.id().equals(quote.speakerId()));
      if (known) {
        out.element("a", quote.speaker(), "href", "#" + ActorCards.anchor(quote.speakerId()));
      } else {
        out.text(quote.speaker());
      }
      quote.verb().filter(v -> !v.isBlank()).ifPresent(v -> out.text(", " + v));
      out.close("figcaption");
    }

    private void timeline() {
      if (briefing.timeline().isEmpty()) {
        return;
      }
      openSection("timeline", labels.get("timeline"));
      out.open("ol", "class", "timeline").newline();
      for (TimelineEvent event : briefing.timeline()) {
        items.item("li", "", event.evidence(), () -> event(event));
      }
      out.close("ol").newline();
      closeSection();
    }

    private void event(TimelineEvent event) {
      out.element(
          "time",
          DisplayDate.human(event.date(), event.precision(), locale),
          "datetime",
          DisplayDate.machine(event.date()).orElse(null));
      if (event.approximate()) {
        out.element(
            "span",
            labels.get("approx") + ", " + labels.get("from") + " “" + event.dateText() + "”",
            "class",
            "approx");
        out.text(" ");
      }
      out.text(event.text());
    }

    private void sources() {
      List<SourceRef> sources = SourceList.of(briefing);
      if (sources.isEmpty()) {
        return;
      }
      openSection("sources", labels.get("sources"));
      out.open("ul", "class", "sources").newline();
      for (SourceRef source : sources) {
        items.item("li", "", source.evidence(), () -> source(source));
      }
      out.close("ul").newline();
      closeSection();
    }

    private void source(SourceRef source) {
      Optional<String> link = source.url().flatMap(SafeUrl::http);
      if (link.isPresent()) {
        out.element("a", source.name(), "href", link.get(), "rel", "noreferrer");
      } else {
        out.text(source.name());
      }
      out.text(" ").element("span", labels.sourceKind(source.kind()), "class", "kind-label");
    }

    /**
     * "Why this matters": sentences citing knowledge-base cards, the neutral actions, and each card
     * as expandable context with its primary source. Absent when the article touches no card.
     */
    private void whyItMatters() {
      if (briefing.opinionHeavy()) {
        out.element("p", CivicContext.OPINION_NOTE, "class", "notice", "role", "note").newline();
      }
      if (briefing.whyItMatters().isEmpty()) {
        return;
      }
      openSection("why", labels.get("why"));
      out.open("ul", "class", "items").newline();
      for (ContextItem item : briefing.whyItMatters()) {
        items.item(
            "li",
            "",
            item.evidence(),
            () -> {
              out.text(item.text() + " ");
              SafeUrl.http(item.citation().url())
                  .ifPresent(
                      url ->
                          out.element(
                              "a",
                              item.citation().title(),
                              "href",
                              url,
                              "class",
                              "chip",
                              "rel",
                              "noreferrer"));
              if (!item.cited().isEmpty()) {
                out.text(labels.get("cited"));
                for (int i = 0; i < item.cited().size(); i++) {
                  out.text(i == 0 ? "" : ", ");
                  citation(item.cited().get(i));
                }
                out.text(".");
              }
            });
      }
      out.close("ul").newline();
      if (!briefing.whatYouCanDo().isEmpty()) {
        out.element("h3", labels.get("what")).newline();
        out.open("ul", "class", "actions").newline();
        for (ActionItem action : briefing.whatYouCanDo()) {
          out.open("li").text(action.text() + " ");
          SafeUrl.http(action.url())
              .ifPresent(
                  url -> out.element("a", labels.get("open"), "href", url, "rel", "noreferrer"));
          out.close("li").newline();
        }
        out.close("ul").newline();
      }
      // A card's English name, gloss and explanation are no text for a Spanish page (R-es4:
      // English on Spanish pages): the Spanish lines above already give the card's Spanish gloss,
      // reason and source, as the Markdown does.
      for (ConceptMatch concept : englishCards()) {
        out.open("details", "class", "concept").newline();
        out.element("summary", concept.card().name() + " — " + concept.card().gloss());
        out.element("p", concept.card().explanation());
        out.open("p", "class", "label").text(labels.get("primarySource"));
        SafeUrl.http(concept.card().source().url())
            .ifPresentOrElse(
                url ->
                    out.element(
                        "a", concept.card().source().title(), "href", url, "rel", "noreferrer"),
                () -> out.text(concept.card().source().title()));
        out.close("p").newline();
        out.close("details").newline();
      }
      closeSection();
    }

    /**
     * "Laws and cases cited": the article's citations that no why-it-matters item carries, each
     * linked to its official text when an address is known, with the sentence it stands in.
     */
    private void lawsCited() {
      if (briefing.legalCitations().isEmpty()) {
        return;
      }
      openSection("cited", labels.get("lawsCited"));
      out.open("ul", "class", "items").newline();
      for (LegalCitation c : briefing.legalCitations()) {
        items.item(
            "li",
            "",
            c.evidence(),
            () -> {
              citation(c);
              out.text(" ").element("span", c.kind().label(), "class", "kind-label");
            });
      }
      out.close("ul").newline();
      closeSection();
    }

    /** A citation, as a link to its official text when there is one. */
    private void citation(LegalCitation c) {
      c.url()
          .flatMap(SafeUrl::http)
          .ifPresentOrElse(
              url -> out.element("a", c.text(), "href", url, "rel", "noreferrer"),
              () -> out.text(c.text()));
    }

    /**
     * "Test your knowledge": each question with its options, and the answer with its explanation
     * behind a disclosure, so the page works with no script.
     */
    private void quiz() {
      List<Question> questions = briefing.quiz().questions();
      if (questions.isEmpty()) {
        return;
      }
      openSection(
          "quiz",
          labels.get("quiz")
              + " ("
              + questions.size()
              + " "
              + labels.get(questions.size() == 1 ? "question" : "questions")
              + ")");
      out.open("ol", "class", "quiz").newline();
      for (Question q : questions) {
        items.item("li", "question", q.evidence(), () -> question(q));
      }
      out.close("ol").newline();
      closeSection();
    }

    private void question(Question q) {
      out.element("p", q.stem(), "class", "stem");
      out.open("ol", "class", "options", "type", "A");
      for (String option : q.options()) {
        out.element("li", option);
      }
      out.close("ol");
      out.open("details", "class", "answer");
      out.element("summary", labels.get("showAnswer"));
      out.open("p")
          .element("strong", (char) ('A' + q.answerIndex()) + ") " + q.answer())
          .text(" — " + q.explanation())
          .close("p");
      out.close("details");
    }

    private void articleText() {
      if (article.text().isBlank()) {
        return;
      }
      openSection("article", labels.get("article"));
      out.open("details").newline();
      out.element("summary", labels.get("readArticle")).newline();
      out.open("div", "class", "article-text").newline();
      ArticleHtml.write(out, highlights);
      out.close("div").newline().close("details").newline();
      closeSection();
    }

    private List<ConceptMatch> englishCards() {
      return "es".equals(article.language()) ? List.of() : briefing.concepts();
    }

    private void colophon() {
      out.open("footer", "class", "colophon");
      out.text(
          labels
              .get("colophon")
              .replace("{0}", briefing.pipelineVersion())
              .replace("{1}", Integer.toString(briefing.schemaVersion())));
      out.close("footer").newline();
    }

    private void openSection(String name, String heading) {
      out.open("section", "aria-labelledby", "h-" + name).newline();
      out.element("h2", heading, "id", "h-" + name).newline();
    }

    private void closeSection() {
      out.close("section").newline();
    }

    private static String language(Article article) {
      return LANGUAGE_TAG.matcher(article.language()).matches() ? article.language() : "und";
    }
  }
}
