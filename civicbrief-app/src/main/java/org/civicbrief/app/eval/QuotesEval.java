package org.civicbrief.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.DetectQuotes;
import org.civicbrief.core.text.AnnotatedArticle;

/**
 * {@code eval quotes}: direct-quote detection and speaker attribution against PolNeAR's
 * attributions, with the article annotated by CoreNLP as the briefing pipeline annotates it (the
 * date and quantity mentions the briefing adds next play no part in finding quotes).
 */
public final class QuotesEval {

  /**
   * The scores and the table that shows them.
   *
   * @param scores the counts and rates
   */
  public record Report(QuoteScores scores) {

    /** The report as a text table. */
    public String table() {
      QuoteScores s = scores;
      return new Table("measure", "value", "counts")
          .row("articles", Integer.toString(s.articles()), "")
          .row("quote precision", percent(s.precision()), s.correct() + " / " + s.predicted())
          .row("quote recall", percent(s.recall()), s.found() + " / " + s.gold())
          .row(
              "speaker accuracy",
              percent(s.speakerAccuracy()),
              s.speakerRight() + " / " + s.correct())
          .row(
              "  where gold names the source",
              percent(ratio(s.goldNamedRight(), s.goldNamed())),
              s.goldNamedRight() + " / " + s.goldNamed())
          .row(
              "speaker named",
              percent(ratio(s.named(), s.correct())),
              s.named() + " / " + s.correct())
          .row(
              "  named through a pronoun",
              percent(ratio(s.viaPronoun(), s.named())),
              s.viaPronoun() + " / " + s.named())
          .render();
    }
  }

  private final AnnotateCorpus annotate;
  private final DetectQuotes detect;

  /** An evaluation annotating with {@code annotate} and detecting with {@code detect}. */
  public QuotesEval(AnnotateCorpus annotate, DetectQuotes detect) {
    this.annotate = Objects.requireNonNull(annotate, "annotate");
    this.detect = Objects.requireNonNull(detect, "detect");
  }

  /** Scores the first {@code limit} records of {@code data}; writes predictions to {@code out}. */
  public Report run(Path data, int limit, Optional<Path> out) {
    List<QuoteRecord> records = new ReadJsonLines().read(data, limit, QuoteRecord::of);
    List<AnnotatedArticle> annotated =
        annotate.annotate(
            data.getFileName().toString(), records.stream().map(QuotesEval::article).toList());
    List<ScoreQuotes.Article> scored = new ArrayList<>();
    List<Map<String, Object>> predictions = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      QuoteRecord r = records.get(i);
      List<PredictedQuote> predicted = predict(annotated.get(i));
      scored.add(new ScoreQuotes.Article(r.text(), r.quotes(), predicted));
      predictions.add(prediction(r.id(), predicted));
    }
    out.ifPresent(file -> new WritePredictions().write(file, predictions));
    return new Report(new ScoreQuotes().score(scored));
  }

  /**
   * The article as ingest would give it: the headline is the text's first line when that line is
   * the title, punctuation aside (PolNeAR adds a period to it).
   */
  static Article article(QuoteRecord r) {
    Article a = Article.ofText(r.text(), r.id());
    if (r.title().isPresent()) {
      String firstLine = r.text().lines().findFirst().orElse("");
      String title = r.title().get();
      if (!title.isBlank() && letters(firstLine).equals(letters(title))) {
        a = a.withTitle(title, true);
      }
    }
    return r.published().map(a::withPublished).orElse(a);
  }

  private static String letters(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  List<PredictedQuote> predict(AnnotatedArticle annotated) {
    List<PredictedQuote> out = new ArrayList<>();
    for (DetectQuotes.Detected d : detect.detect(annotated)) {
      Optional<Span> speakerSpan =
          d.speakerStart() >= 0
              ? Optional.of(new Span(d.speakerStart(), d.speakerEnd()))
              : Optional.empty();
      out.add(new PredictedQuote(new Span(d.start(), d.end()), d.speaker(), speakerSpan));
    }
    return out;
  }

  private static Map<String, Object> prediction(String id, List<PredictedQuote> quotes) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (PredictedQuote q : quotes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("begin", q.span().begin());
      m.put("end", q.span().end());
      m.put("speaker", q.speaker().orElse(null));
      m.put("sb", q.speakerSpan().map(Span::begin).orElse(-1));
      m.put("se", q.speakerSpan().map(Span::end).orElse(-1));
      list.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("quotes", list);
    return m;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  private static String percent(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}
