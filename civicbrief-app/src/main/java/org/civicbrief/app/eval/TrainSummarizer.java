package org.civicbrief.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Summarize;
import org.civicbrief.core.text.AnnotatedArticle;

/**
 * Learns the summary scorer's weights from articles and their reference highlights. Each candidate
 * sentence's target is the share of its ROUGE tokens found in the highlights, less the article's
 * mean share, so the model learns which sentences of an article are better, not which articles are
 * easy. Ridge regression fits the weights; five-fold cross-validation (by article) picks the
 * overlap penalty and reports what the selector scores on articles it was not fitted to.
 */
public final class TrainSummarizer {

  private static final int FOLDS = 5;
  private static final double LAMBDA = 10;
  private static final double[] REDUNDANCY = {0, 0.1, 0.2, 0.3, 0.5};

  /**
   * Cross-validated scores and the penalty chosen.
   *
   * @param rows one row per penalty tried (system "civicbrief CV r=…"), then the baselines
   * @param redundancy the chosen overlap penalty
   */
  public record Report(List<SummarizeEval.Row> rows, double redundancy) {

    public Report {
      rows = List.copyOf(rows);
    }

    /** The report as a text table. */
    public String table() {
      return new SummarizeEval.Report(rows).table()
          + String.format(Locale.ROOT, "chosen overlap penalty: %.2f%n", redundancy);
    }
  }

  private record Doc(
      SummaryRecord record,
      AnnotatedArticle annotated,
      List<double[]> rows,
      List<Double> targets) {}

  private final AnnotateCorpus annotate;
  private final Summarize summarize;
  private final Rouge rouge = new Rouge();
  private final RougeTokenizer tokenizer = new RougeTokenizer();

  /** A trainer annotating with {@code annotate}, starting from the selector {@code summarize}. */
  public TrainSummarizer(AnnotateCorpus annotate, Summarize summarize) {
    this.annotate = Objects.requireNonNull(annotate, "annotate");
    this.summarize = Objects.requireNonNull(summarize, "summarize");
  }

  /**
   * Fits on the first {@code limit} records of {@code data}, selecting {@code sentences} sentences,
   * and writes the weights to {@code weightsOut} in the format of the shipped resource.
   */
  public Report run(Path data, int limit, int sentences, Path weightsOut) {
    List<SummaryRecord> records = new ReadJsonLines().read(data, limit, SummaryRecord::of);
    if (records.size() < FOLDS) {
      throw new BadDataException(data + ": training needs at least " + FOLDS + " records");
    }
    List<AnnotatedArticle> annotated =
        annotate.annotate(
            data.getFileName().toString(),
            records.stream().map(r -> Article.ofText(r.article(), r.id())).toList());
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      docs.add(doc(records.get(i), annotated.get(i)));
    }
    Map<Double, RougeMean> cv = new LinkedHashMap<>();
    for (double r : REDUNDANCY) {
      cv.put(r, new RougeMean());
    }
    for (int fold = 0; fold < FOLDS; fold++) {
      double[] w = fit(docs, fold);
      for (double r : REDUNDANCY) {
        Summarize s = summarize.withWeights(weights(w, r));
        for (int i = fold; i < docs.size(); i += FOLDS) {
          Doc d = docs.get(i);
          String summary =
              SummarizeEval.shownText(d.annotated(), s.summary(d.annotated(), sentences));
          cv.get(r).add(rouge.score(d.record().highlights(), summary), summary);
        }
      }
    }
    double best = REDUNDANCY[0];
    for (double r : REDUNDANCY) {
      if (cv.get(r).rouge1() > cv.get(best).rouge1()) {
        best = r;
      }
    }
    List<SummarizeEval.Row> rows = new ArrayList<>();
    cv.forEach(
        (r, m) ->
            rows.add(
                m.row("all", String.format(Locale.ROOT, "%s CV r=%.1f", SummarizeEval.SYSTEM, r))));
    List<SummarizeEval.Row> baselines = baselines(docs, sentences);
    rows.addAll(baselines);
    double[] w = fit(docs, -1);
    write(weightsOut, weights(w, best), data, docs.size(), cv.get(best), baselines.getFirst());
    return new Report(rows, best);
  }

  private Doc doc(SummaryRecord r, AnnotatedArticle a) {
    Map<String, Integer> reference = counts(tokenizer.tokenize(r.highlights()));
    List<double[]> rows = new ArrayList<>();
    List<Double> precision = new ArrayList<>();
    for (Summarize.Candidate c : summarize.candidates(a)) {
      List<String> tokens = tokenizer.tokenize(c.shown().in(a.text()));
      if (tokens.isEmpty()) {
        continue;
      }
      int overlap = 0;
      for (Map.Entry<String, Integer> e : counts(tokens).entrySet()) {
        overlap += Math.min(e.getValue(), reference.getOrDefault(e.getKey(), 0));
      }
      rows.add(c.features().stream().mapToDouble(Double::doubleValue).toArray());
      precision.add(overlap / (double) tokens.size());
    }
    double mean = precision.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return new Doc(r, a, rows, precision.stream().map(p -> p - mean).toList());
  }

  /** Fits on every document outside {@code fold} (all of them when {@code fold} is -1). */
  private static double[] fit(List<Doc> docs, int fold) {
    List<double[]> rows = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      if (fold < 0 || i % FOLDS != fold) {
        rows.addAll(docs.get(i).rows());
        targets.addAll(docs.get(i).targets());
      }
    }
    if (rows.isEmpty()) {
      throw new BadDataException("no candidate sentences to learn from");
    }
    return new Ridge(LAMBDA).fit(rows, targets);
  }

  private static Map<String, Double> weights(double[] w, double redundancy) {
    Map<String, Double> m = new HashMap<>();
    List<String> names = Summarize.featureNames();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), w[i]);
    }
    m.put("redundancy", redundancy);
    return m;
  }

  private List<SummarizeEval.Row> baselines(List<Doc> docs, int n) {
    RougeMean lead = new RougeMean();
    RougeMean textRank = new RougeMean();
    for (Doc d : docs) {
      String l = SummarizeEval.summaryText(d.annotated(), new Lead().select(d.annotated(), n));
      lead.add(rouge.score(d.record().highlights(), l), l);
      String t = SummarizeEval.summaryText(d.annotated(), new TextRank().select(d.annotated(), n));
      textRank.add(rouge.score(d.record().highlights(), t), t);
    }
    return List.of(lead.row("all", "LEAD-" + n), textRank.row("all", "TextRank"));
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> m = new HashMap<>();
    tokens.forEach(t -> m.merge(t, 1, Integer::sum));
    return m;
  }

  private static void write(
      Path out,
      Map<String, Double> weights,
      Path data,
      int articles,
      RougeMean cv,
      SummarizeEval.Row lead) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Summary sentence scorer: a weight per feature of SentenceFeatures, and the penalty");
    lines.add("# for word overlap with a sentence already chosen. Written by");
    lines.add("#   civicbrief eval summarize --data " + data.getFileName() + " --train FILE");
    lines.add(
        String.format(
            Locale.ROOT,
            "# from %d articles; 5-fold cross-validated ROUGE-1 F1 %.2f (%s %.2f).",
            articles,
            100 * cv.rouge1(),
            lead.system(),
            100 * lead.rouge1()));
    lines.add(String.format(Locale.ROOT, "redundancy=%.2f", weights.get("redundancy")));
    for (String name : Summarize.featureNames()) {
      lines.add(String.format(Locale.ROOT, "%s=%.6f", name, weights.get(name)));
    }
    try {
      Files.write(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadDataException(out + ": cannot write (" + e.getMessage() + ")");
    }
  }
}
