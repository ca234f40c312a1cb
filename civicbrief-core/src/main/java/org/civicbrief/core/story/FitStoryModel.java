package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits the weights of the story score on articles with known stories: it replays the articles in
 * order with the true stories in the index, records the features of each article against every
 * candidate story that passes the embedding gate (labelled by whether it is the article's own), and
 * fits a logistic regression, the two labels weighted equally. Deterministic.
 */
public final class FitStoryModel {

  private static final int ITERATIONS = 4000;
  private static final double STEP = 2.0;
  private static final double L2 = 1e-3;

  private final StoryModel base;

  /** Fits weights for {@code base}, whose gate and index limits are used while replaying. */
  public FitStoryModel(StoryModel base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * The fitted weights for {@code articles}, whose true stories are {@code stories} (same order);
   * {@code dimensions} is the embedding length.
   */
  public StoryModel.Weights fit(
      List<StoryFeatures> articles, List<String> stories, int dimensions) {
    if (articles.size() != stories.size()) {
      throw new IllegalArgumentException("one story label per article is needed");
    }
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    StoryIndex index = new StoryIndex(dimensions, base);
    Map<String, Integer> storyIndex = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      StoryIndex.Doc d = index.count(articles.get(a));
      String gold = stories.get(a);
      Integer own = storyIndex.get(gold);
      for (int s : index.candidates(d)) {
        double cosine = index.embeddingCosine(d, s);
        if (cosine >= base.embeddingGate()) {
          x.add(index.features(d, s, cosine));
          y.add(own != null && own == s);
        }
      }
      if (own == null) {
        storyIndex.put(gold, index.create(d));
      } else {
        index.add(own, d);
      }
    }
    return StoryModel.Weights.of(logistic(x, y));
  }

  /**
   * The fitted story-line weights ({@link FollowStoryLines}) for {@code articles}, whose true story
   * lines are {@code lines}: the articles are replayed into events with {@code eventModel}, and
   * each article that starts an event is compared with every earlier event the index proposes,
   * labelled by whether that event's first article is of the same line; an event about other places
   * (and not about the same rare person) is left out, as {@link FollowStoryLines} never links to
   * one.
   */
  public StoryModel.Weights fitLines(
      List<StoryFeatures> articles, List<String> lines, int dimensions, StoryModel eventModel) {
    if (articles.size() != lines.size()) {
      throw new IllegalArgumentException("one story label per article is needed");
    }
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    StoryIndex events = new StoryIndex(dimensions, eventModel);
    AssignStory assign = new AssignStory(eventModel);
    Map<Long, String> lineOfEvent = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      StoryIndex.Doc d = events.count(articles.get(a));
      Assignment e = assign.assign(d, events);
      String gold = lines.get(a);
      if (e.started()) {
        int own = events.index(e.storyId());
        for (int s : events.candidates(d)) {
          double cosine = events.embeddingCosine(d, s);
          if (s != own && cosine >= base.embeddingGate()) {
            double[] f = events.features(d, s, cosine, base.dateScaleDays());
            if (StoryIndex.elsewhere(f) && !events.sameRareProtagonist(d, s)) {
              continue;
            }
            x.add(f);
            y.add(gold.equals(lineOfEvent.get(events.id(s))));
          }
        }
      }
      lineOfEvent.putIfAbsent(e.storyId(), gold);
    }
    return StoryModel.Weights.of(logistic(x, y));
  }

  /** Full-batch gradient descent on the class-balanced, L2-regularized log loss. */
  static double[] logistic(List<double[]> x, List<Boolean> y) {
    int positives = (int) y.stream().filter(b -> b).count();
    int negatives = y.size() - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException(
          "fitting needs both kinds of pairs, got "
              + positives
              + " same-story and "
              + negatives
              + " other-story pairs");
    }
    int n = x.get(0).length;
    double[] w = new double[n + 1];
    double posWeight = y.size() / (2.0 * positives);
    double negWeight = y.size() / (2.0 * negatives);
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[n + 1];
      for (int i = 0; i < x.size(); i++) {
        double[] f = x.get(i);
        double z = w[n];
        for (int k = 0; k < n; k++) {
          z += w[k] * f[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        boolean label = y.get(i);
        double err = (p - (label ? 1 : 0)) * (label ? posWeight : negWeight);
        for (int k = 0; k < n; k++) {
          g[k] += err * f[k];
        }
        g[n] += err;
      }
      for (int k = 0; k <= n; k++) {
        double reg = k < n ? L2 * w[k] : 0;
        w[k] -= STEP * (g[k] / x.size() + reg);
      }
    }
    for (int k = 0; k <= n; k++) {
      w[k] = Math.round(w[k] * 1000) / 1000.0;
    }
    return w;
  }
}
