package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.WordList;

/**
 * The baseline for story clustering: single-pass clustering on TF-IDF vectors. Each document joins
 * the cluster whose centroid is most similar, by cosine, if that is at least the threshold, and
 * starts a new cluster otherwise; document frequencies count the documents seen so far.
 */
final class TfidfSinglePass {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]+|\\d+");
  private static final Set<String> STOP = WordList.of("tfidf-baseline-stopwords");

  private final double threshold;

  TfidfSinglePass(double threshold) {
    this.threshold = threshold;
  }

  /** The cluster of each text, in order. */
  List<Integer> cluster(List<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Double>> centroids = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    int seen = 0;
    for (String text : texts) {
      Map<String, Integer> tf = new HashMap<>();
      Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find()) {
        String w = m.group();
        if (w.length() > 2 && !STOP.contains(w)) {
          tf.merge(w, 1, Integer::sum);
        }
      }
      seen++;
      for (String w : tf.keySet()) {
        df.merge(w, 1, Integer::sum);
      }
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (var e : tf.entrySet()) {
        double x = (1 + Math.log(e.getValue())) * Math.log((seen + 1.0) / (df.get(e.getKey()) + 1));
        v.put(e.getKey(), x);
        norm += x * x;
      }
      double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      v.replaceAll((k, x) -> x * inv);
      int best = -1;
      double bestCos = -1;
      for (int c = 0; c < centroids.size(); c++) {
        double cos = cosine(v, centroids.get(c));
        if (cos > bestCos) {
          bestCos = cos;
          best = c;
        }
      }
      if (best >= 0 && bestCos >= threshold) {
        Map<String, Double> centroid = centroids.get(best);
        v.forEach((k, x) -> centroid.merge(k, x, Double::sum));
        out.add(best);
      } else {
        centroids.add(new HashMap<>(v));
        out.add(centroids.size() - 1);
      }
    }
    return out;
  }

  private static double cosine(Map<String, Double> unit, Map<String, Double> centroid) {
    double dot = 0;
    for (var e : unit.entrySet()) {
      Double c = centroid.get(e.getKey());
      if (c != null) {
        dot += e.getValue() * c;
      }
    }
    double norm = 0;
    for (double c : centroid.values()) {
      norm += c * c;
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }
}
