package org.civicbrief.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Summarize;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;

/**
 * {@code eval summarize}: the summary selector, LEAD-n and TextRank on the same CNN/DailyMail
 * records and the same sentences, scored with ROUGE against the reference highlights.
 */
public final class SummarizeEval {

  /** The system under test, named as the tables name it. */
  static final String SYSTEM = "civicbrief";

  /**
   * Mean scores of one system on one group of records, in points (0 to 100).
   *
   * @param source the outlet, or "all"
   * @param system the system
   * @param articles how many records
   * @param rouge1 mean ROUGE-1 F1
   * @param rouge2 mean ROUGE-2 F1
   * @param rougeLsum mean ROUGE-Lsum F1
   * @param words mean summary length in words
   */
  public record Row(
      String source,
      String system,
      int articles,
      double rouge1,
      double rouge2,
      double rougeLsum,
      double words) {}

  /**
   * The scores of every system, per source and overall.
   *
   * @param rows the rows, sources in order of first appearance then "all"
   */
  public record Report(List<Row> rows) {

    public Report {
      rows = List.copyOf(rows);
    }

    /** The row of {@code system} on {@code source}. */
    public Optional<Row> row(String source, String system) {
      return rows.stream()
          .filter(r -> r.source().equals(source) && r.system().equals(system))
          .findFirst();
    }

    /** The report as a text table. */
    public String table() {
      Table t = new Table("source", "system", "articles", "R-1", "R-2", "R-Lsum", "words");
      for (Row r : rows) {
        t.row(
            r.source(),
            r.system(),
            Integer.toString(r.articles()),
            points(r.rouge1()),
            points(r.rouge2()),
            points(r.rougeLsum()),
            String.format(Locale.ROOT, "%.1f", r.words()));
      }
      return t.render();
    }
  }

  private final AnnotateCorpus annotate;
  private final Summarize summarize;
  private final Rouge rouge = new Rouge();

  /** An evaluation annotating with {@code annotate} and selecting with {@code summarize}. */
  public SummarizeEval(AnnotateCorpus annotate, Summarize summarize) {
    this.annotate = Objects.requireNonNull(annotate, "annotate");
    this.summarize = Objects.requireNonNull(summarize, "summarize");
  }

  /**
   * Scores the first {@code limit} records of {@code data} at {@code sentences} sentences, and
   * writes the system's summaries to {@code out} when given.
   */
  public Report run(Path data, int limit, int sentences, Optional<Path> out) {
    if (sentences < 1) {
      throw new BadDataException("--sentences must be at least 1, got " + sentences);
    }
    List<SummaryRecord> records = new ReadJsonLines().read(data, limit, SummaryRecord::of);
    List<AnnotatedArticle> annotated =
        annotate.annotate(
            data.getFileName().toString(),
            records.stream().map(r -> Article.ofText(r.article(), r.id())).toList());
    Map<String, BiFunction<AnnotatedArticle, Integer, String>> systems = new LinkedHashMap<>();
    systems.put(SYSTEM, (a, n) -> shownText(a, summarize.summary(a, n)));
    systems.put("LEAD-" + sentences, (a, n) -> summaryText(a, new Lead().select(a, n)));
    systems.put("TextRank", (a, n) -> summaryText(a, new TextRank().select(a, n)));

    Map<String, Map<String, RougeMean>> bySource = new LinkedHashMap<>();
    Map<String, RougeMean> all = new LinkedHashMap<>();
    List<Map<String, String>> predictions = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      SummaryRecord r = records.get(i);
      AnnotatedArticle a = annotated.get(i);
      for (var system : systems.entrySet()) {
        String summary = system.getValue().apply(a, sentences);
        RougeScores s = rouge.score(r.highlights(), summary);
        bySource
            .computeIfAbsent(r.source(), k -> new LinkedHashMap<>())
            .computeIfAbsent(system.getKey(), k -> new RougeMean())
            .add(s, summary);
        all.computeIfAbsent(system.getKey(), k -> new RougeMean()).add(s, summary);
        if (system.getKey().equals(SYSTEM)) {
          predictions.add(Map.of("id", r.id(), "summary", summary));
        }
      }
    }
    out.ifPresent(file -> new WritePredictions().write(file, predictions));
    List<Row> rows = new ArrayList<>();
    bySource.forEach(
        (source, bySystem) -> bySystem.forEach((system, m) -> rows.add(m.row(source, system))));
    all.forEach((system, m) -> rows.add(m.row("all", system)));
    return new Report(rows);
  }

  /** The chosen sentences as they stand in the text, one per line. */
  static String summaryText(AnnotatedArticle a, List<Integer> chosen) {
    List<String> lines = new ArrayList<>();
    for (int i : chosen) {
      Sentence s = a.sentence(i);
      lines.add(s.text().replace('\n', ' ').strip());
    }
    return String.join("\n", lines);
  }

  /** The spans a summary shows, one per line. */
  static String shownText(AnnotatedArticle a, List<Evidence> shown) {
    List<String> lines = new ArrayList<>();
    for (Evidence e : shown) {
      lines.add(e.in(a.text()).replace('\n', ' ').strip());
    }
    return String.join("\n", lines);
  }

  static String points(double score) {
    return String.format(Locale.ROOT, "%.2f", 100 * score);
  }
}
