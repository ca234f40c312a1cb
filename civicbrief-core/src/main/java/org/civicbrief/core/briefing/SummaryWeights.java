package org.civicbrief.core.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The learned linear scorer of summary sentences: one weight per {@link SentenceFeatures} name, and
 * how much overlap with a sentence already chosen costs. The shipped weights live in {@code
 * summary-weights.properties} next to this class; {@code civicbrief eval summarize --train} writes
 * that file.
 *
 * @param weights weight per feature name; a missing feature weighs 0
 * @param redundancy the penalty per unit of word overlap (Jaccard) with a chosen sentence
 */
record SummaryWeights(Map<String, Double> weights, double redundancy) {

  static final String REDUNDANCY = "redundancy";
  private static final String RESOURCE = "summary-weights.properties";

  SummaryWeights {
    weights = Map.copyOf(weights);
    for (String name : weights.keySet()) {
      if (!SentenceFeatures.NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown summary feature '" + name + "'");
      }
    }
    if (!(redundancy >= 0)) {
      throw new IllegalArgumentException("redundancy must be at least 0, got " + redundancy);
    }
  }

  /** Weights from a map of feature names, with the penalty under {@value #REDUNDANCY}. */
  static SummaryWeights of(Map<String, Double> values) {
    Map<String, Double> w = new HashMap<>(values);
    Double r = w.remove(REDUNDANCY);
    return new SummaryWeights(w, r == null ? 0 : r);
  }

  /** The shipped weights. */
  static SummaryWeights load() {
    Properties p = new Properties();
    try (InputStream in = SummaryWeights.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the core jar lacks " + RESOURCE);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Double> values = new HashMap<>();
    for (String name : p.stringPropertyNames()) {
      values.put(name, Double.parseDouble(p.getProperty(name).strip()));
    }
    return of(values);
  }

  /** The score of a feature vector. */
  double score(double[] features) {
    double s = 0;
    for (int i = 0; i < features.length; i++) {
      s += weights.getOrDefault(SentenceFeatures.NAMES.get(i), 0.0) * features[i];
    }
    return s;
  }
}
