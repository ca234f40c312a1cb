package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.civicbrief.core.story.FitStoryModel;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryModel;

/**
 * Leave-one-story-out cross-validation of the story-line model, because a corpus of a dozen story
 * lines is too small to hold one out, and the model's weights and threshold fitted on it score it
 * in-sample. For each gold story, the line weights are fitted on the other stories' articles, and
 * the join threshold is the one of a grid that scores best on them <em>by the same
 * cross-validation</em> (each of the other stories held out in turn from a fit on the rest; the
 * weights fitted on all of them would score them in-sample and choose too high a threshold). Then
 * every article is clustered with those choices, and the held-out story's articles decide their own
 * pairs: each ordered pair (held-out article, any other article) counts as right, wrong or missed.
 * Summed over the stories, every pair is counted twice, once from each side, so the figures are
 * pairwise precision, recall and F1 with nothing chosen on the article whose pairs are counted.
 */
final class CrossValidateLines {

  /** The thresholds tried on the training stories. */
  static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

  /** A merge threshold above every score: lines never merge. */
  static final double NO_MERGE = 1.01;

  /**
   * The merge thresholds tried on the training stories, each with the join thresholds up to it: no
   * merging, or lines merged when an article reaches a second one at this score.
   */
  static final double[] MERGES = {NO_MERGE, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

  private final int dimensions;
  private final StoryModel eventModel;
  private final StoryModel lineModel;
  private final BiFunction<List<StoryFeatures>, StoryModel, List<Long>> follow;

  /**
   * Cross-validates {@code lineModel} over events of {@code eventModel}; {@code follow} clusters
   * articles in the order given with a line model and returns each article's line.
   */
  CrossValidateLines(
      int dimensions,
      StoryModel eventModel,
      StoryModel lineModel,
      BiFunction<List<StoryFeatures>, StoryModel, List<Long>> follow) {
    this.dimensions = dimensions;
    this.eventModel = Objects.requireNonNull(eventModel, "eventModel");
    this.lineModel = Objects.requireNonNull(lineModel, "lineModel");
    this.follow = Objects.requireNonNull(follow, "follow");
  }

  /**
   * The cross-validated scores of {@code features} (in arrival order) against {@code gold}; {@code
   * fit} false keeps the model's weights; {@code thresholds} are the join thresholds and {@code
   * merges} the merge thresholds to choose from per fold (only one pair: that one, chosen on no
   * data); a merge threshold below a join threshold is not tried with it.
   */
  Result run(
      List<StoryFeatures> features,
      List<String> gold,
      boolean fit,
      double[] thresholds,
      double[] merges) {
    List<double[]> grid = new ArrayList<>();
    for (double m : merges) {
      for (double t : thresholds) {
        if (m >= t) {
          grid.add(new double[] {t, m});
        }
      }
    }
    if (grid.isEmpty()) {
      throw new IllegalArgumentException("no merge threshold is at least a join threshold");
    }
    Counts total = new Counts();
    List<String> folds = new ArrayList<>();
    for (String held : new LinkedHashSet<>(gold)) {
      Subset train = Subset.without(features, gold, held);
      StoryModel m = fitted(train, fit);
      double[] chosen = grid.size() == 1 ? grid.getFirst() : choose(train, fit, grid);
      List<Long> predicted = follow.apply(features, m.withThresholds(chosen[0], chosen[1]));
      Counts c = new Counts();
      Set<Long> heldLines = new TreeSet<>();
      Map<String, Integer> mixedWith = new TreeMap<>();
      c.add(gold, predicted, held, heldLines, mixedWith);
      total.add(c);
      folds.add(
          String.format(
              Locale.ROOT,
              "%s: join %.2f, merge %s, pairs right %d, predicted %d, gold %d; in %d lines%s",
              held,
              chosen[0],
              merge(chosen[1]),
              c.right,
              c.predicted,
              c.gold,
              heldLines.size(),
              mixedWith.isEmpty() ? "" : ", with " + mixedWith));
    }
    // What the same procedure chooses on every story: the weights and threshold to ship.
    Subset all = new Subset(features, gold);
    StoryModel m = fitted(all, fit);
    double[] chosen = grid.size() == 1 ? grid.getFirst() : choose(all, fit, grid);
    folds.add(
        String.format(
            Locale.ROOT,
            "on all stories: join %.2f, merge %s, weights %s",
            chosen[0],
            merge(chosen[1]),
            m.weights()));
    return new Result(total.prf(), folds);
  }

  private StoryModel fitted(Subset train, boolean fit) {
    return fit
        ? lineModel.withWeights(
            new FitStoryModel(lineModel)
                .fitLines(train.features(), train.gold(), dimensions, eventModel))
        : lineModel;
  }

  private static String merge(double threshold) {
    return threshold > 1 ? "off" : String.format(Locale.ROOT, "%.2f", threshold);
  }

  /**
   * The join and merge thresholds that score best on {@code train} by leave-one-story-out; on ties
   * the first of the grid (no merging first, then the lower thresholds).
   */
  private double[] choose(Subset train, boolean fit, List<double[]> grid) {
    List<String> stories = new ArrayList<>(new LinkedHashSet<>(train.gold()));
    List<StoryModel> inner = new ArrayList<>();
    for (String h : stories) {
      inner.add(fitted(Subset.without(train.features(), train.gold(), h), fit));
    }
    double[] best = grid.getFirst();
    double bestF1 = -1;
    for (double[] t : grid) {
      Counts c = new Counts();
      for (int k = 0; k < stories.size(); k++) {
        List<Long> predicted =
            follow.apply(train.features(), inner.get(k).withThresholds(t[0], t[1]));
        c.add(train.gold(), predicted, stories.get(k), new TreeSet<>(), new TreeMap<>());
      }
      double f1 = c.prf().f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  /** The articles of all stories but one. */
  private record Subset(List<StoryFeatures> features, List<String> gold) {
    static Subset without(List<StoryFeatures> features, List<String> gold, String held) {
      List<StoryFeatures> f = new ArrayList<>();
      List<String> g = new ArrayList<>();
      for (int i = 0; i < features.size(); i++) {
        if (!gold.get(i).equals(held)) {
          f.add(features.get(i));
          g.add(gold.get(i));
        }
      }
      return new Subset(f, g);
    }
  }

  /** Ordered pairs from a held-out story's articles: right, predicted together, gold together. */
  private static final class Counts {
    long right;
    long predicted;
    long gold;

    void add(
        List<String> goldOf,
        List<Long> predictedOf,
        String held,
        Set<Long> heldLines,
        Map<String, Integer> mixedWith) {
      for (int i = 0; i < goldOf.size(); i++) {
        if (!goldOf.get(i).equals(held)) {
          continue;
        }
        heldLines.add(predictedOf.get(i));
        for (int j = 0; j < goldOf.size(); j++) {
          if (j == i) {
            continue;
          }
          boolean samePredicted = predictedOf.get(i).equals(predictedOf.get(j));
          boolean sameGold = goldOf.get(j).equals(held);
          right += samePredicted && sameGold ? 1 : 0;
          predicted += samePredicted ? 1 : 0;
          gold += sameGold ? 1 : 0;
          if (samePredicted && !sameGold) {
            mixedWith.merge(goldOf.get(j), 1, Integer::sum);
          }
        }
      }
    }

    void add(Counts c) {
      right += c.right;
      predicted += c.predicted;
      gold += c.gold;
    }

    Prf prf() {
      return Prf.of(
          predicted == 0 ? 0 : right / (double) predicted, gold == 0 ? 0 : right / (double) gold);
    }
  }

  /**
   * The pooled scores and one line per fold.
   *
   * @param pairwise pairwise precision, recall and F1 over the folds' pairs
   * @param folds what each fold chose and scored
   */
  record Result(Prf pairwise, List<String> folds) {
    Result {
      Objects.requireNonNull(pairwise, "pairwise");
      folds = List.copyOf(folds);
    }
  }
}
