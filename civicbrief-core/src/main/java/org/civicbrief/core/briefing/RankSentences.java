package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Chooses summary sentences: each candidate is scored by a linear model over {@link
 * SentenceFeatures} (position, length, centrality, names, quotation, parts of speech), learned from
 * news articles and their editors' highlights; then sentences are picked greedily, each time
 * penalizing word overlap with what is already chosen (maximal marginal relevance), and returned in
 * article order.
 */
public final class RankSentences {

  // Immutable, read once: every ranker without weights of its own shares it.
  private static final SummaryWeights SHIPPED = SummaryWeights.load();

  private final SummaryWeights weights;

  /** A ranker with the shipped weights. */
  public RankSentences() {
    this(SHIPPED);
  }

  RankSentences(SummaryWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /**
   * Picks {@code n} sentences from {@code candidates} (body sentences of the analysed article), in
   * article order; {@code actorWords} are the words of the central actors' names.
   */
  List<Integer> select(Analysis a, List<Sentence> candidates, int n, Set<String> actorWords) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<Integer, double[]> features = new SentenceFeatures().compute(a, actorWords);
    double[] score = new double[candidates.size()];
    List<Set<String>> words = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      double[] f = features.get(candidates.get(i).index());
      score[i] = f == null ? Double.NEGATIVE_INFINITY : weights.score(f);
      words.add(words(candidates.get(i)));
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
          overlap = Math.max(overlap, jaccard(words.get(i), words.get(c)));
        }
        double value = score[i] - weights.redundancy() * overlap;
        if (best < 0 || value > bestValue) {
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

  /** Lower-case words of a sentence, stop words included, as ROUGE counts them. */
  private static Set<String> words(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      if (Character.isLetterOrDigit(t.text().charAt(0))) {
        out.add(t.text().toLowerCase(Locale.ROOT));
      }
    }
    return out;
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
