package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.text.Sentence;

/**
 * Chooses summary sentences for coverage of the story: each candidate is scored by how central its
 * content words are to the article, by position and by the central actors it names; then sentences
 * are picked greedily, each time penalizing overlap with what is already chosen (maximal marginal
 * relevance), and returned in article order.
 */
public final class RankSentences {

  private final double positionWeight;
  private final double redundancyPenalty;

  /** A ranker with the default weights. */
  public RankSentences() {
    this(0.45, 0.8);
  }

  RankSentences(double positionWeight, double redundancyPenalty) {
    this.positionWeight = positionWeight;
    this.redundancyPenalty = redundancyPenalty;
  }

  /**
   * Picks {@code n} sentences from {@code candidates} (indices into the analysed article), in
   * article order.
   */
  List<Integer> select(Analysis a, List<Sentence> candidates, int n, Set<String> actorWords) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> df = new HashMap<>();
    List<Set<String>> lemmas = new ArrayList<>();
    for (Sentence s : candidates) {
      Set<String> l = a.contentLemmas(s);
      lemmas.add(l);
      for (String w : l) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int firstParagraph = candidates.getFirst().paragraph();
    List<Integer> paragraphs =
        candidates.stream().map(Sentence::paragraph).distinct().sorted().toList();
    double[] score = new double[candidates.size()];
    double maxCentral = 1e-9;
    double[] central = new double[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      double sum = 0;
      for (String w : lemmas.get(i)) {
        sum += Math.log(1 + df.get(w)) * (actorWords.contains(w) ? 1.5 : 1.0);
      }
      central[i] = sum / Math.sqrt(Math.max(8, lemmas.get(i).size()));
      maxCentral = Math.max(maxCentral, central[i]);
    }
    for (int i = 0; i < candidates.size(); i++) {
      int rank = paragraphs.indexOf(candidates.get(i).paragraph());
      double position =
          candidates.get(i).paragraph() == firstParagraph ? 1.0 : 1.0 / (1.0 + 0.35 * rank);
      score[i] = (1 - positionWeight) * central[i] / maxCentral + positionWeight * position;
    }
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(n, candidates.size())) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < candidates.size(); i++) {
        if (chosen.contains(i)) {
          continue;
        }
        double overlap = 0;
        for (int c : chosen) {
          overlap = Math.max(overlap, jaccard(lemmas.get(i), lemmas.get(c)));
        }
        double value = score[i] - redundancyPenalty * overlap;
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      chosen.add(best);
    }
    return chosen.stream()
        .map(i -> candidates.get(i).index())
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  static double jaccard(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String w : x) {
      if (y.contains(w)) {
        inter++;
      }
    }
    return inter / (double) (x.size() + y.size() - inter);
  }
}
