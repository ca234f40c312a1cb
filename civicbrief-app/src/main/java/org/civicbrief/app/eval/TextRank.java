package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * The TextRank baseline (Mihalcea and Tarau 2004): sentences are the nodes of a graph weighted by
 * word overlap normalized by length, and the {@code n} with the highest PageRank are the summary.
 * Words are stemmed, without stop words, as in the common implementations.
 */
final class TextRank {

  private static final double DAMPING = 0.85;
  private static final Set<String> STOP = WordList.of("textrank-stemmed-stopwords");

  private final RougeTokenizer tokenizer = new RougeTokenizer();

  List<Integer> select(AnnotatedArticle article, int n) {
    List<Sentence> sentences = article.sentences();
    int size = sentences.size();
    List<Set<String>> words = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    for (Sentence s : sentences) {
      List<String> tokens = tokenizer.tokenize(s.text());
      Set<String> content = new HashSet<>();
      for (String t : tokens) {
        if (!STOP.contains(t)) {
          content.add(t);
        }
      }
      words.add(content);
      lengths.add(tokens.size());
    }
    double[][] w = new double[size][size];
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        double norm = Math.log(lengths.get(i)) + Math.log(lengths.get(j));
        if (norm <= 0) {
          continue;
        }
        int common = 0;
        for (String t : words.get(i)) {
          if (words.get(j).contains(t)) {
            common++;
          }
        }
        w[i][j] = w[j][i] = common / norm;
        out[i] += w[i][j];
        out[j] += w[i][j];
      }
    }
    double[] score = pageRank(w, out);
    return IntStream.range(0, size)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i))
        .limit(n)
        .sorted()
        .toList();
  }

  private static double[] pageRank(double[][] w, double[] out) {
    int size = out.length;
    double[] score = new double[size];
    Arrays.fill(score, 1.0);
    for (int iteration = 0; iteration < 100; iteration++) {
      double[] next = new double[size];
      double change = 0;
      for (int i = 0; i < size; i++) {
        double sum = 0;
        for (int j = 0; j < size; j++) {
          if (w[j][i] > 0) {
            sum += w[j][i] / out[j] * score[j];
          }
        }
        next[i] = 1 - DAMPING + DAMPING * sum;
        change += Math.abs(next[i] - score[i]);
      }
      score = next;
      if (change < 1e-6 * size) {
        break;
      }
    }
    return score;
  }
}
