package org.civicbrief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.ExplainContext;
import org.civicbrief.core.civic.FindCitations;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.kb.LoadCards;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.pipeline.PipelineSpec;

/**
 * The civic stage's share of briefing time on a corpus: for each JSON record, the warm end-to-end
 * briefing (ingest checks, CoreNLP, values, briefing, quiz) against the civic stage alone on the
 * same annotations (voice classification, knowledge-base matching, citations, why it matters and
 * actions), which must stay under 10%.
 *
 * <pre>
 * java -cp … org.civicbrief.bench.CivicStageBenchmark FILE.jsonl [passes]
 * </pre>
 */
public final class CivicStageBenchmark {

  private CivicStageBenchmark() {}

  /** {@code FILE.jsonl [passes]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CivicStageBenchmark FILE.jsonl [passes]");
      System.exit(2);
    }
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    BriefRecord pipeline =
        BriefRecord.create(PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "bench"));
    pipeline.warmUp();
    MatchConcepts match = new MatchConcepts(new LoadCards().load());
    ClassifyStatements classify = new ClassifyStatements();
    FindCitations cite = new FindCitations();
    ExplainContext explain = new ExplainContext();
    List<String> records = Files.readAllLines(Path.of(args[0]));
    long briefing = 0;
    long civic = 0;
    long citations = 0;
    long voice = 0;
    long matching = 0;
    long explaining = 0;
    int articles = 0;
    for (int pass = 0; pass <= passes; pass++) {
      boolean measured = pass > 0; // the first pass warms the JIT up
      for (int i = 0; i < records.size(); i++) {
        var briefed = pipeline.brief(records.get(i), "line " + (i + 1));
        if (!briefed.outcome().isOk()) {
          continue;
        }
        Timed t = briefed.outcome().value();
        AnnotatedArticle a = t.annotated();
        long c0 = System.nanoTime();
        Layout layout = Layout.of(a);
        List<Statement> voices = classify.classify(a, layout);
        long cv = System.nanoTime();
        var matches = match.match(a, layout);
        long c1 = System.nanoTime();
        var found = cite.find(a);
        long c2 = System.nanoTime();
        explain.explain(a, layout, matches, voices, found);
        long c3 = System.nanoTime();
        if (measured) {
          briefing += t.timings().totalNanos();
          civic += c3 - c0;
          citations += c2 - c1;
          voice += cv - c0;
          matching += c1 - cv;
          explaining += c3 - c2;
          articles++;
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "%d articles x %d passes, %d processors",
            articles / Math.max(1, passes),
            passes,
            Runtime.getRuntime().availableProcessors()));
    out.add(
        String.format(
            Locale.ROOT,
            "briefing (end to end) %.1f ms/article | civic stage %.2f ms/article (%.1f%%) |"
                + " citations alone %.3f ms/article (%.2f%%)",
            briefing / 1e6 / articles,
            civic / 1e6 / articles,
            100.0 * civic / briefing,
            citations / 1e6 / articles,
            100.0 * citations / briefing));
    out.add(
        String.format(
            Locale.ROOT,
            "civic stage by part, ms/article: voices %.2f | cards %.2f | citations %.2f |"
                + " why it matters and actions %.2f",
            voice / 1e6 / articles,
            matching / 1e6 / articles,
            citations / 1e6 / articles,
            explaining / 1e6 / articles));
    out.forEach(System.out::println);
  }
}
