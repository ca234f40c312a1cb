package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.text.Layout;

/**
 * Gives each why-it-matters card a sentence of its own to quote, so that as many of the most
 * salient cards as the article allows are shown. Taking cards in salience order, each first tries
 * its best free sentence (the article's reporting before a speaker's quoted words, those before the
 * article's opinion, then earliest; never a heading or advocacy); when its sentences are taken, a
 * card shown already moves to another sentence of the same voice or better if it has one. Without
 * that, the Federal Reserve, named in five sentences, took the one sentence that told of a
 * governor's firing and left the removal power nothing to quote.
 */
final class AssignSentences {

  /** A card to show and the trigger span it quotes. */
  record Assigned(ConceptMatch match, Evidence trigger) {}

  private final List<Statement> statements;
  private final Layout layout;
  private final Map<Integer, Integer> owner = new HashMap<>(); // sentence -> card index
  private final List<Evidence> chosen = new ArrayList<>();
  private final List<List<Evidence>> options = new ArrayList<>();

  private AssignSentences(List<Statement> statements, Layout layout) {
    this.statements = statements;
    this.layout = layout;
  }

  /** Up to {@code max} of the {@code matches}, in their order, each with a sentence of its own. */
  static List<Assigned> assign(
      List<ConceptMatch> matches, List<Statement> statements, Layout layout, int max) {
    AssignSentences a = new AssignSentences(statements, layout);
    List<Integer> shown = new ArrayList<>();
    for (ConceptMatch m : matches) {
      if (shown.size() == max) {
        break;
      }
      int card = a.options.size();
      a.options.add(a.optionsOf(m));
      a.chosen.add(null);
      if (a.place(card, Integer.MAX_VALUE, new HashSet<>())) {
        shown.add(card);
      }
    }
    List<Assigned> out = new ArrayList<>();
    for (int card : shown) {
      out.add(new Assigned(matches.get(card), a.chosen.get(card)));
    }
    return out;
  }

  /** The card's quotable trigger spans, best first, one per sentence. */
  private List<Evidence> optionsOf(ConceptMatch m) {
    List<Evidence> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    List<Evidence> sorted = new ArrayList<>(m.evidence());
    sorted.sort(Comparator.comparingInt(this::voice).thenComparingInt(Evidence::start));
    for (Evidence e : sorted) {
      StatementKind kind = statements.get(e.sentence()).kind();
      if (!layout.isHeading(e.sentence())
          && kind != StatementKind.ADVOCACY
          && seen.add(e.sentence())) {
        out.add(e);
      }
    }
    return out;
  }

  private int voice(Evidence e) {
    StatementKind kind = statements.get(e.sentence()).kind();
    return kind == StatementKind.OPINION ? 2 : layout.insideQuote(e.start()) ? 1 : 0;
  }

  /**
   * Finds card {@code card} a sentence of voice rank at most {@code worst}, moving cards placed
   * already when that frees one (an augmenting path); false, changing nothing, when none can be.
   */
  private boolean place(int card, int worst, Set<Integer> visited) {
    Evidence current = chosen.get(card);
    for (Evidence e : options.get(card)) {
      if (voice(e) > worst || current != null && e.sentence() == current.sentence()) {
        continue;
      }
      if (!visited.add(e.sentence())) {
        continue;
      }
      Integer holder = owner.get(e.sentence());
      if (holder == null || place(holder, voice(chosen.get(holder)), visited)) {
        if (current != null) {
          owner.remove(current.sentence());
        }
        owner.put(e.sentence(), card);
        chosen.set(card, e);
        return true;
      }
    }
    return false;
  }
}
