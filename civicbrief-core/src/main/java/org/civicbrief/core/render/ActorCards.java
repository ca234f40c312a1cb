package org.civicbrief.core.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.Quote;

/** Writes the key actors as cards: name, role, stance, how often named, and what they said. */
final class ActorCards {

  private final HtmlWriter out;
  private final EvidenceItems items;
  private final Labels labels;

  ActorCards(HtmlWriter out, EvidenceItems items, Labels labels) {
    this.out = out;
    this.items = items;
    this.labels = labels;
  }

  /** The fragment id of an actor's card, safe whatever the actor id holds. */
  static String anchor(String actorId) {
    return "actor-" + actorId.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** Writes one card per actor, in the briefing's order. */
  void write(List<Actor> actors, List<Quote> quotes) {
    Map<String, Quote> quotesById =
        quotes.stream().collect(Collectors.toMap(Quote::id, Function.identity(), (a, b) -> a));
    out.open("ul", "class", "cards").newline();
    for (Actor actor : actors) {
      card(actor, actor.quoteIds().stream().map(quotesById::get).filter(q -> q != null).toList());
    }
    out.close("ul").newline();
  }

  private void card(Actor actor, List<Quote> said) {
    String anchor = anchor(actor.id());
    out.open("li", "class", "card", "id", anchor, "aria-labelledby", anchor + "-name").newline();
    out.element("h3", actor.name(), "id", anchor + "-name").newline();
    out.element("p", labels.actorKind(actor.kind()), "class", "kind");
    out.newline();
    actor.role().ifPresent(r -> items.item("p", "role", r.evidence(), () -> out.text(r.text())));
    actor
        .stance()
        .ifPresent(
            s ->
                items.item(
                    "p",
                    "stance",
                    s.evidence(),
                    () ->
                        out.element("span", labels.get("stance") + ": ", "class", "label")
                            .text(s.text())));
    items.item("p", "mentions", actor.evidence(), () -> out.text(labels.mentions(actor)));
    for (Quote quote : said) {
      items.item(
          "figure",
          "card-quote",
          quote.evidence(),
          () -> out.open("blockquote").element("p", quote.text()).close("blockquote"));
    }
    out.close("li").newline();
  }
}
