package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;

/**
 * Gives words that trigger two cards to the card they name. "Preliminary injunction" triggers both
 * the card on injunctions in general and the card on preliminary injunctions, "Prop. 50" both the
 * card on ballot measures and the card on Proposition 50: the words belong to the card whose name
 * they share more of, and the other card keeps only its own sentences. When the shared words name
 * one particular thing (a number, a proper name), the story is about that thing and the general
 * card, an instance of which it is, would only repeat it in general terms (R17: the initiative card
 * for a measure the legislature put on the ballot); it is left out of why-it-matters. Once the
 * narrower card owns a span, the general card's spans that are only a word of the narrower card's
 * name go too: the article's short word speaks of the thing it named in full. Stateless.
 */
final class SharedSpans {

  private SharedSpans() {}

  /** The {@code matches}, in their order, each without the spans another card's name owns. */
  static List<ConceptMatch> resolve(List<ConceptMatch> matches, String text) {
    if (matches.size() < 2) {
      return matches;
    }
    // Which matches each span triggers; most spans trigger one card, and only shared ones are read.
    Map<Evidence, List<ConceptMatch>> byspan = new HashMap<>();
    for (ConceptMatch m : matches) {
      for (Evidence e : m.evidence()) {
        byspan.computeIfAbsent(e, k -> new ArrayList<>()).add(m);
      }
    }
    List<ConceptMatch> out = new ArrayList<>();
    for (ConceptMatch m : matches) {
      List<Evidence> kept = new ArrayList<>();
      List<ConceptMatch> takers = new ArrayList<>();
      boolean instanceShown = false;
      for (Evidence e : m.evidence()) {
        List<ConceptMatch> sharing = byspan.get(e);
        ConceptMatch owner = sharing.size() < 2 ? m : owner(e, m, sharing, text);
        if (owner == m) {
          kept.add(e);
        } else {
          takers.add(owner);
          instanceShown |= MatchConcepts.names(text, e);
        }
      }
      // Once the article names a narrower card's thing in full ("universal injunctions"), its bare
      // common word elsewhere ("judges overstepped in issuing sweeping injunctions") speaks of that
      // thing, not of every kind the general card covers (R20: Rule 65's restraining orders beside
      // a ruling on universal injunctions). A span that says nothing but words of the narrower
      // card's name goes with it.
      kept.removeIf(
          e -> {
            Set<String> said = words(e.in(text));
            return !said.isEmpty()
                && takers.stream().anyMatch(o -> words(o.card().name()).containsAll(said));
          });
      if (kept.size() == m.evidence().size()) {
        out.add(m);
      } else if (!kept.isEmpty() && !instanceShown) {
        out.add(new ConceptMatch(m.card(), m.score(), kept, m.situations()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Of the {@code matches} span {@code e} triggers, the one whose card's name shares the most words
   * with it; {@code m} on a tie.
   */
  private static ConceptMatch owner(
      Evidence e, ConceptMatch m, List<ConceptMatch> matches, String text) {
    Set<String> words = words(e.in(text));
    int own = shared(words, m.card().name());
    ConceptMatch best = m;
    int bestShared = own;
    for (ConceptMatch other : matches) {
      if (other != m) {
        int shared = shared(words, other.card().name());
        if (shared > bestShared) {
          best = other;
          bestShared = shared;
        }
      }
    }
    return best;
  }

  private static int shared(Set<String> span, String name) {
    Set<String> common = new HashSet<>(span);
    common.retainAll(words(name));
    return common.size();
  }

  /** Lower-case words and numbers, a plural's "s" cut; "Prop." reads as "proposition". */
  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.equals("prop")) {
        w = "proposition";
      }
      out.add(
          w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
              ? w.substring(0, w.length() - 1)
              : w);
    }
    return out;
  }
}
