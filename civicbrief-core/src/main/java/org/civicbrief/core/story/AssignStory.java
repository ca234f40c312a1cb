package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Assigns an article to a story online, as it arrives: the index proposes the stories that share a
 * rare name, word or person with it, each is scored ({@link StoryModel}), and the article joins the
 * best story that reaches the join threshold or starts a new one. When the article also reaches the
 * merge threshold against a second story, the two have converged and are merged into the older.
 * Deterministic: the same articles in the same order give the same stories with the same ids.
 */
public final class AssignStory {

  private final StoryModel model;

  /** Assigns with {@code model}. */
  public AssignStory(StoryModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** Assigns the article described by {@code features} in {@code index}, updating the index. */
  public Assignment assign(StoryFeatures features, StoryIndex index) {
    return assign(index.count(features), index);
  }

  /** Assigns an article already counted in {@code index} ({@link StoryIndex#count}). */
  Assignment assign(StoryIndex.Doc d, StoryIndex index) {
    return assign(d, index, index.candidates(d));
  }

  /** {@link #assign(StoryIndex.Doc, StoryIndex)} among {@code candidates}, looked up already. */
  Assignment assign(StoryIndex.Doc d, StoryIndex index, int[] candidates) {
    List<Scored> scored = new ArrayList<>();
    for (int s : candidates) {
      if (model.windowDays() > 0 && index.daysApart(d, s) > model.windowDays()) {
        continue;
      }
      double cosine = index.embeddingCosine(d, s);
      if (cosine < model.embeddingGate()) {
        continue;
      }
      scored.add(new Scored(s, index.id(s), score(index.features(d, s, cosine))));
    }
    scored.sort(Comparator.comparingDouble((Scored x) -> -x.score()).thenComparingLong(Scored::id));
    if (scored.isEmpty() || scored.getFirst().score() < model.joinThreshold()) {
      int s = index.create(d);
      return new Assignment(
          d.articleId(), index.id(s), true, 0, List.of(), candidates.length, scored.size());
    }
    Scored best = scored.getFirst();
    index.add(best.index(), d);
    int into = best.index();
    List<Long> merged = new ArrayList<>();
    for (Scored other : scored.subList(1, scored.size())) {
      if (other.score() < model.mergeThreshold()) {
        break;
      }
      // The older story keeps its id, so links to it stay valid.
      int keep = index.id(into) < other.id() ? into : other.index();
      int gone = keep == into ? other.index() : into;
      merged.add(index.id(gone));
      index.merge(keep, gone);
      into = keep;
    }
    return new Assignment(
        d.articleId(),
        index.id(into),
        false,
        best.score(),
        merged,
        candidates.length,
        scored.size());
  }

  /** The model's score of a feature vector: a probability that the article belongs. */
  double score(double[] f) {
    double[] w = model.weights().asArray();
    double z = w[w.length - 1];
    for (int i = 0; i < f.length; i++) {
      z += w[i] * f[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private record Scored(int index, long id, double score) {}
}
