package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.List;
import org.civicbrief.core.text.Sentence;

/**
 * Cites a sentence as a briefing item: the part a reader is shown, its evidence, the sources the
 * sentence names and whether it hedges.
 */
final class CiteSentence {

  private final Analysis a;
  private final List<List<FindAttributions.Attribution>> attributions;

  /** Cites sentences of {@code a}, whose attributions {@link FindAttributions#findAll} found. */
  CiteSentence(Analysis a, List<List<FindAttributions.Attribution>> attributions) {
    this.a = a;
    this.attributions = attributions;
  }

  BriefItem item(Sentence s) {
    Evidence shown = a.shown(s);
    List<String> sources = new ArrayList<>();
    for (FindAttributions.Attribution at : attributions.get(s.index())) {
      String name = at.actor() != null ? at.actor().name : at.text();
      if (!sources.contains(name)) {
        sources.add(name);
      }
    }
    return new BriefItem(a.display(shown, s), shown, sources, a.isHedged(s.index()));
  }

  List<BriefItem> items(List<Sentence> sentences) {
    List<BriefItem> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.add(item(s));
    }
    return out;
  }
}
