package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum as Google's {@code rouge_score} computes them with the stemmer
 * on, so that numbers here can be set beside published ones: n-gram counts clipped by the
 * reference, and for Lsum the union of longest common subsequences of each reference sentence with
 * every summary sentence, each token counted at most as often as it occurs on both sides.
 */
final class Rouge {

  private final RougeTokenizer tokenizer = new RougeTokenizer();

  /** Scores {@code summary} against {@code reference}; both put one sentence per line. */
  RougeScores score(String reference, String summary) {
    List<String> ref = tokenizer.tokenize(reference);
    List<String> sum = tokenizer.tokenize(summary);
    return new RougeScores(
        ngrams(ref, sum, 1), ngrams(ref, sum, 2), lsum(sentences(reference), sentences(summary)));
  }

  /** ROUGE-N between two token lists. */
  static Prf ngrams(List<String> reference, List<String> summary, int n) {
    Map<List<String>, Integer> ref = count(reference, n);
    Map<List<String>, Integer> sum = count(summary, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : ref.entrySet()) {
      overlap += Math.min(e.getValue(), sum.getOrDefault(e.getKey(), 0));
    }
    int refCount = Math.max(reference.size() - n + 1, 0);
    int sumCount = Math.max(summary.size() - n + 1, 0);
    return Prf.of(
        overlap / (double) Math.max(sumCount, 1), overlap / (double) Math.max(refCount, 1));
  }

  private static Map<List<String>, Integer> count(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        out.add(tokenizer.tokenize(line));
      }
    }
    return out;
  }

  /** Summary-level LCS (Lin 2004, section 3.2), with ROUGE 1.5.5's guard against double counts. */
  static Prf lsum(List<List<String>> reference, List<List<String>> summary) {
    int m = reference.stream().mapToInt(List::size).sum();
    int n = summary.stream().mapToInt(List::size).sum();
    if (m == 0 || n == 0) {
      return Prf.ZERO;
    }
    Map<String, Integer> refLeft = new HashMap<>();
    Map<String, Integer> sumLeft = new HashMap<>();
    reference.forEach(s -> s.forEach(t -> refLeft.merge(t, 1, Integer::sum)));
    summary.forEach(s -> s.forEach(t -> sumLeft.merge(t, 1, Integer::sum)));
    int hits = 0;
    for (List<String> r : reference) {
      TreeSet<Integer> union = new TreeSet<>();
      for (List<String> c : summary) {
        union.addAll(lcsIndices(r, c));
      }
      for (int i : union) {
        String t = r.get(i);
        if (refLeft.getOrDefault(t, 0) > 0 && sumLeft.getOrDefault(t, 0) > 0) {
          hits++;
          refLeft.merge(t, -1, Integer::sum);
          sumLeft.merge(t, -1, Integer::sum);
        }
      }
    }
    return Prf.of(hits / (double) n, hits / (double) m);
  }

  /** Indices into {@code ref} of one longest common subsequence, read back as rouge_score does. */
  static List<Integer> lcsIndices(List<String> ref, List<String> can) {
    int[][] t = new int[ref.size() + 1][can.size() + 1];
    for (int i = 1; i <= ref.size(); i++) {
      for (int j = 1; j <= can.size(); j++) {
        t[i][j] =
            ref.get(i - 1).equals(can.get(j - 1))
                ? t[i - 1][j - 1] + 1
                : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    List<Integer> out = new ArrayList<>();
    int i = ref.size();
    int j = can.size();
    while (i > 0 && j > 0) {
      if (ref.get(i - 1).equals(can.get(j - 1))) {
        out.addFirst(i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return out;
  }
}
