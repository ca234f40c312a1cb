package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.civicbrief.core.story.FitStoryModel;
import org.civicbrief.core.story.StoryFeatures;
import org.civicbrief.core.story.StoryModel;

/**
 * Leave-one-story-out cross-validation of the story-line model, because a corpus of a dozen story
 * lines is too small to hold one out and the model's weights and threshold fitted on it score it
 * in-sample. For each gold story, the line weights are fitted on the other stories' articles and
 * the join threshold is the one of a grid that scores best on them; then every article is clustered
 * with those choices, and the held-out story's articles decide their own pairs: each ordered pair
 * (held-out article, any other article) counts as right, wrong or missed. Summed over the stories,
 * every pair is counted twice, once from each side, so the figures are pairwise precision, recall
 * and F1 with nothing chosen on the article whose pairs are counted.
 */
final class CrossValidateLines {

  /** The thresholds tried on the training stories. */
  static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

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
   * fit} false keeps the model's weights and chooses only the threshold per fold.
   */
  Result run(List<StoryFeatures> features, List<String> gold, boolean fit) {
    long right = 0;
    long predictedPairs = 0;
    long goldPairs = 0;
    List<String> folds = new ArrayList<>();
    for (String held : new LinkedHashSet<>(gold)) {
      List<StoryFeatures> trainFeatures = new ArrayList<>();
      List<String> trainGold = new ArrayList<>();
      for (int i = 0; i < features.size(); i++) {
        if (!gold.get(i).equals(held)) {
          trainFeatures.add(features.get(i));
          trainGold.add(gold.get(i));
        }
      }
      StoryModel m = lineModel;
      if (fit) {
        m =
            m.withWeights(
                new FitStoryModel(lineModel)
                    .fitLines(trainFeatures, trainGold, dimensions, eventModel));
      }
      double bestThreshold = THRESHOLDS[0];
      double bestF1 = -1;
      for (double t : THRESHOLDS) {
        double f1 =
            ClusterScores.of(trainGold, follow.apply(trainFeatures, m.withThresholds(t, 1.01)))
                .pairwise()
                .f1();
        if (f1 > bestF1) {
          bestF1 = f1;
          bestThreshold = t;
        }
      }
      List<Long> predicted = follow.apply(features, m.withThresholds(bestThreshold, 1.01));
      long foldRight = 0;
      long foldPredicted = 0;
      long foldGold = 0;
      for (int i = 0; i < features.size(); i++) {
        if (!gold.get(i).equals(held)) {
          continue;
        }
        for (int j = 0; j < features.size(); j++) {
          if (j == i) {
            continue;
          }
          boolean samePredicted = predicted.get(i).equals(predicted.get(j));
          boolean sameGold = gold.get(j).equals(held);
          foldRight += samePredicted && sameGold ? 1 : 0;
          foldPredicted += samePredicted ? 1 : 0;
          foldGold += sameGold ? 1 : 0;
        }
      }
      right += foldRight;
      predictedPairs += foldPredicted;
      goldPairs += foldGold;
      folds.add(
          String.format(
              Locale.ROOT,
              "%s: join %.2f, pairs right %d, predicted %d, gold %d",
              held,
              bestThreshold,
              foldRight,
              foldPredicted,
              foldGold));
    }
    Prf pairwise =
        Prf.of(
            predictedPairs == 0 ? 0 : right / (double) predictedPairs,
            goldPairs == 0 ? 0 : right / (double) goldPairs);
    return new Result(pairwise, folds);
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
