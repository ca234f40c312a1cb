package org.civicbrief.web.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Quote;
import org.civicbrief.core.briefing.SourceKind;
import org.civicbrief.core.briefing.SourceRef;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.civic.ActionItem;
import org.civicbrief.core.civic.CivicContext;
import org.civicbrief.core.civic.ConceptCard;
import org.civicbrief.core.civic.ConceptMatch;
import org.civicbrief.core.civic.ContextItem;
import org.civicbrief.core.civic.LegalCitation;
import org.civicbrief.core.render.Attribution;
import org.civicbrief.core.render.Labels;
import org.civicbrief.core.render.SafeUrl;
import org.civicbrief.web.http.Links;

/**
 * Turns a stored briefing into the {@link BriefingView} its page shows. Every statement gets the
 * link its reader follows to the evidence: the public article view for readers, the editor's for a
 * briefing under review.
 */
public final class ShowBriefing {

  private ShowBriefing() {}

  /**
   * The view of briefing {@code id}.
   *
   * @param link the address of the article view at a piece of evidence
   * @param questions how many quiz questions readers get
   * @param articleHref the article view without highlight
   */
  public static BriefingView view(
      long id, Briefing b, Function<Evidence, String> link, int questions, String articleHref) {
    return view(id, b, link, questions, articleHref, Links.quiz(id));
  }

  /**
   * As {@link #view(long, Briefing, Function, int, String)}, with the quiz at {@code quizHref} (the
   * quiz in the interface language the reader chose).
   */
  public static BriefingView view(
      long id,
      Briefing b,
      Function<Evidence, String> link,
      int questions,
      String articleHref,
      String quizHref) {
    Article a = b.article();
    Optional<Linked> dek =
        !b.showsDek()
            ? Optional.empty()
            : Optional.of(Linked.of(b.dek().text(), link.apply(b.dek().evidence())));
    // Attributions are part of the briefing's text, so they follow its language.
    Labels words = Labels.of(b.article().language());
    return new BriefingView(
        id,
        b.headline().text(),
        dek,
        a.byline().map(String::strip).filter(s -> !s.isEmpty()),
        Attribution.publisher(b),
        a.published().map(ReaderDates::day),
        a.published().map(Object::toString),
        a.canonicalUrl().flatMap(SafeUrl::http),
        b.summary().stream().map(i -> statement(i, Attribution.credit(i, b, words), link)).toList(),
        whyItMatters(b, link),
        b.coreFacts().stream()
            .map(i -> statement(i, Attribution.claimedBy(i, words), link))
            .toList(),
        actors(b, link),
        quotes(b, link),
        b.timeline().stream().map(e -> event(e, link, words)).toList(),
        sources(b, link),
        questions,
        quizHref,
        articleHref,
        b.pipelineVersion());
  }

  /** The civic context, each sentence linked to its article span and the card's primary source. */
  static WhyItMatters whyItMatters(Briefing b, Function<Evidence, String> link) {
    List<ContextLine> lines = new ArrayList<>();
    for (ContextItem item : b.whyItMatters()) {
      SafeUrl.http(item.citation().url())
          .ifPresent(
              url ->
                  lines.add(
                      new ContextLine(
                          item.text(),
                          link.apply(item.evidence()),
                          item.citation().title(),
                          url,
                          cited(item.cited(), link))));
    }
    List<WhyItMatters.ActionLine> actions = new ArrayList<>();
    for (ActionItem action : b.whatYouCanDo()) {
      SafeUrl.http(action.url())
          .ifPresent(url -> actions.add(new WhyItMatters.ActionLine(action.text(), url)));
    }
    List<WhyItMatters.ConceptLine> concepts = new ArrayList<>();
    for (ConceptMatch match : b.concepts()) {
      ConceptCard card = match.card();
      concepts.add(
          new WhyItMatters.ConceptLine(
              card.name(),
              card.gloss(),
              card.explanation(),
              card.source().title(),
              SafeUrl.http(card.source().url())));
    }
    Optional<String> note =
        b.opinionHeavy() ? Optional.of(CivicContext.OPINION_NOTE) : Optional.empty();
    return new WhyItMatters(note, lines, actions, concepts, cited(b.legalCitations(), link));
  }

  /** The citations as the page lists them, each linked to its text and to its place. */
  private static List<WhyItMatters.CitedLine> cited(
      List<LegalCitation> citations, Function<Evidence, String> link) {
    return citations.stream()
        .map(
            c ->
                new WhyItMatters.CitedLine(
                    c.text(),
                    c.kind().label(),
                    c.url().flatMap(SafeUrl::http),
                    link.apply(c.evidence())))
        .toList();
  }

  private static Linked statement(
      BriefItem item, Optional<String> credit, Function<Evidence, String> link) {
    return new Linked(item.text(), link.apply(item.evidence()), credit, item.hedged());
  }

  /** The fragment id of an actor's card, safe whatever the actor id holds. */
  static String anchor(String actorId) {
    return "actor-" + actorId.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static List<ActorCard> actors(Briefing b, Function<Evidence, String> link) {
    Labels words = Labels.of(b.article().language());
    Map<String, Quote> quotes =
        b.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity(), (x, y) -> x));
    List<ActorCard> cards = new ArrayList<>();
    for (Actor actor : b.keyActors()) {
      List<Linked> said =
          actor.quoteIds().stream()
              .map(quotes::get)
              .filter(q -> q != null)
              .map(q -> Linked.of(q.text(), link.apply(q.evidence())))
              .toList();
      cards.add(
          new ActorCard(
              anchor(actor.id()),
              actor.name(),
              link.apply(actor.evidence()),
              words.actorKind(actor.kind()),
              actor.role().map(r -> Linked.of(r.text(), link.apply(r.evidence()))),
              actor.stance().map(s -> Linked.of(s.text(), link.apply(s.evidence()))),
              words.mentions(actor),
              said,
              Links.actorSearch(actor.name())));
    }
    return cards;
  }

  private static List<QuoteLine> quotes(Briefing b, Function<Evidence, String> link) {
    List<QuoteLine> lines = new ArrayList<>();
    for (Quote q : b.quotes()) {
      boolean known = b.keyActors().stream().anyMatch(a -> a.id().equals(q.speakerId()));
      lines.add(
          new QuoteLine(
              q.text(),
              link.apply(q.evidence()),
              q.speaker(),
              known ? Optional.of(anchor(q.speakerId())) : Optional.empty(),
              q.verb().map(String::strip).filter(v -> !v.isEmpty())));
    }
    return lines;
  }

  private static TimelineEntry event(
      TimelineEvent e, Function<Evidence, String> link, Labels words) {
    return new TimelineEntry(
        ReaderDates.human(e.date(), e.precision()),
        ReaderDates.machine(e.date()),
        e.approximate()
            ? Optional.of(
                words.get("approx") + ", " + words.get("from") + " “" + e.dateText() + "”")
            : Optional.empty(),
        e.text(),
        link.apply(e.evidence()));
  }

  /**
   * The briefing's sources, the publisher linked to the original article, and a publisher entry
   * from the article's metadata when the briefing lists none.
   */
  private static List<SourceEntry> sources(Briefing b, Function<Evidence, String> link) {
    Optional<String> original = b.article().canonicalUrl().flatMap(SafeUrl::http);
    List<SourceEntry> shown = new ArrayList<>();
    boolean hasPublisher = false;
    for (SourceRef s : b.sources()) {
      boolean publisher = s.kind() == SourceKind.PUBLISHER;
      hasPublisher |= publisher;
      Optional<String> url = s.url().flatMap(SafeUrl::http);
      shown.add(
          new SourceEntry(
              s.name(),
              Labels.of(b.article().language()).sourceKind(s.kind()),
              publisher && url.isEmpty() ? original : url,
              s.evidence().stream().findFirst().map(link)));
    }
    Optional<String> publisher = Attribution.publisher(b);
    if (!hasPublisher && (publisher.isPresent() || original.isPresent())) {
      shown.addFirst(
          new SourceEntry(
              publisher.orElse(Labels.of(b.article().language()).get("originalArticle")),
              Labels.of(b.article().language()).sourceKind(SourceKind.PUBLISHER),
              original,
              Optional.empty()));
    }
    return shown;
  }
}
