package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.text.Sentence;

/**
 * Lists the attributed quotations as the briefing shows them, numbered in text order, and links
 * each to its speaker's card once the actors are ranked.
 */
final class ListQuotes {

  /**
   * The quotations, and each speaker's.
   *
   * @param quotes every quotation, in text order
   * @param byActor the quotations of each speaker the article names
   */
  record Listed(List<Quote> quotes, Map<Cluster, List<Quote>> byActor) {

    Listed {
      quotes = List.copyOf(quotes);
      byActor = Map.copyOf(byActor);
    }

    /**
     * The quotations with the id of their speaker's card; quotations by actors outside the ranked
     * list keep their speaker's name only.
     */
    List<Quote> linkedTo(List<Actor> actors) {
      List<Quote> out = new ArrayList<>();
      for (Quote q : quotes) {
        String id = "";
        for (Actor actor : actors) {
          if (actor.quoteIds().contains(q.id())) {
            id = actor.id();
          }
        }
        out.add(
            new Quote(
                q.id(), q.text(), q.evidence(), q.speaker(), id, q.speakerEvidence(), q.verb()));
      }
      return out;
    }
  }

  Listed list(Analysis a, List<AttributeQuotes.Attributed> attributed) {
    List<Quote> quotes = new ArrayList<>();
    Map<Cluster, List<Quote>> byActor = new HashMap<>();
    for (AttributeQuotes.Attributed q : attributed) {
      Quote quote =
          new Quote(
              "q" + (quotes.size() + 1),
              a.text.substring(q.span().innerStart(), q.span().innerEnd()),
              new Evidence(sentenceOf(a, q.span().start()), q.span().start(), q.span().end()),
              q.source(),
              "",
              q.speakerEvidence(),
              q.verb().isEmpty() ? Optional.empty() : Optional.of(q.verb()));
      quotes.add(quote);
      if (q.speaker() != null) {
        byActor.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(quote);
      }
    }
    return new Listed(quotes, byActor);
  }

  /** The sentence a quotation opens in (or the next one, from a gap), else the last. */
  private static int sentenceOf(Analysis a, int offset) {
    Sentence s = AttributeQuotes.sentenceAt(a, offset);
    return s != null ? s.index() : a.sentences.size() - 1;
  }
}
