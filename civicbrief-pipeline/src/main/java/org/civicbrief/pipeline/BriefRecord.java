package org.civicbrief.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BuildBriefing;
import org.civicbrief.core.briefing.DetectQuotes;
import org.civicbrief.core.briefing.NameGender;
import org.civicbrief.core.briefing.Summarize;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.civic.SpanishCard;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.core.pipeline.BriefPipeline;
import org.civicbrief.core.pipeline.Timed;
import org.civicbrief.core.quiz.GenerateQuiz;
import org.civicbrief.core.text.Annotate;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.json.BriefingJson;
import org.civicbrief.kb.LoadCards;
import org.civicbrief.kb.LoadOfficeholders;
import org.civicbrief.nlp.corenlp.CoreNlpAnnotate;
import org.civicbrief.nlp.corenlp.CoreNlpNameGender;

/**
 * Briefs a record: the one use case behind every entry point. The command line's {@code brief},
 * {@code quiz} and {@code brief --batch}, the server's and {@code import}'s job workers, the Spark
 * executors, {@code bench} and every {@code eval} get theirs from {@link #create}, the only place
 * that wires the stages, so a change to the briefing lands once and every door shows it.
 *
 * <p>Thread-safe: share one per process. The output depends only on the record and the {@link
 * PipelineSpec}: not on other records, their order, threads or partitions.
 */
public final class BriefRecord {

  private final PipelineSpec spec;
  private final Ingest ingest;
  private final BriefPipeline pipeline;
  private final NameGender genders;
  private final BriefingJson json = new BriefingJson();

  private BriefRecord(
      PipelineSpec spec, Ingest ingest, BriefPipeline pipeline, NameGender genders) {
    this.spec = spec;
    this.ingest = ingest;
    this.pipeline = pipeline;
    this.genders = genders;
  }

  /**
   * The use case these settings describe: CoreNLP with the spec's settings, CoreNLP's first-name
   * genders, the knowledge base's concept cards (with their Spanish text) and its officeholders
   * table. The models load on the first briefing (or {@link #warmUp}), not here.
   */
  public static BriefRecord create(PipelineSpec spec) {
    Objects.requireNonNull(spec, "spec");
    var nlp = spec.nlp();
    Officeholders officeholders = new LoadOfficeholders().load();
    NameGender genders = new CoreNlpNameGender();
    LoadCards cards = new LoadCards();
    Map<String, SpanishCard> spanishCards = cards.loadSpanish();
    return new BriefRecord(
        spec,
        new Ingest(spec.ingest()),
        new BriefPipeline(
            () -> new CoreNlpAnnotate(nlp),
            new BuildBriefing(
                genders,
                spec.pipelineVersion(),
                Optional.of(new MatchConcepts(cards.load())),
                officeholders,
                spanishCards),
            new GenerateQuiz(officeholders, spanishCards, genders)),
        genders);
  }

  /** The settings this was built from. */
  public PipelineSpec spec() {
    return spec;
  }

  /** The readers of sources (files, URLs, standard input, JSON records) with the spec's limits. */
  public Ingest ingest() {
    return ingest;
  }

  /** Loads the models now and returns the seconds it took (they load on first use otherwise). */
  public double warmUp() {
    return pipeline.warmUp();
  }

  /** Seconds the models took to load, or 0 before they have. */
  public double loadSeconds() {
    return pipeline.loadSeconds();
  }

  /** Briefs an article that has been read already, timing each stage. */
  public Timed brief(Article article) {
    return pipeline.brief(article);
  }

  /** The annotation stage alone, for evaluations that cache annotations. */
  public Annotate annotator() {
    return pipeline::annotate;
  }

  /**
   * The briefing's summary selector on its own, wired as the briefing's, for {@code eval summarize}
   * and for training its weights.
   */
  public Summarize summarizer() {
    return new Summarize(genders);
  }

  /**
   * The briefing's quotation finder on its own, wired as the briefing's, for {@code eval quotes}:
   * it also reports quotations whose speaker it cannot name, which the briefing leaves out.
   */
  public DetectQuotes quoteDetector() {
    return new DetectQuotes(genders);
  }

  /** The briefing, quiz and annotations of an article annotated by {@link #annotator}. */
  public Timed briefAnnotated(AnnotatedArticle annotated) {
    return pipeline.fromAnnotated(annotated);
  }

  /**
   * Briefs one JSON record ({@code id}, {@code text} or {@code article}, {@code title}, {@code
   * published}, …) into its batch output line. Nothing a record contains escapes as an exception: a
   * record that cannot be read is skipped or failed with the reason, and an internal error on one
   * record (a stack overflow on a pathological text included) fails that record alone, so a batch
   * or a Spark partition goes on.
   *
   * @param origin where the record came from (file and line), its id when it has none
   */
  public Briefed brief(String record, String origin) {
    String id = json.idOf(record, origin);
    try {
      Outcome<Article> article = ingest.fromJsonRecord(record, origin);
      if (!article.isOk()) {
        Outcome<Timed> none =
            article instanceof Outcome.Skipped<?>
                ? Outcome.skipped(article.reason())
                : Outcome.failed(article.reason());
        return new Briefed(id, none, json.errorLine(id, article.reason()));
      }
      Timed timed = pipeline.brief(article.value());
      return new Briefed(id, Outcome.ok(timed), json.line(timed.briefing()));
    } catch (RuntimeException | StackOverflowError e) {
      String reason = "internal error: " + e;
      return new Briefed(id, Outcome.failed(reason), json.errorLine(id, reason));
    }
  }

  /**
   * One record's result.
   *
   * @param id the record's id, or its origin when it has none
   * @param outcome the timed briefing, or why there is none
   * @param line the JSON line a batch writes: the briefing, or {@code {"id": …, "error": …}}
   */
  public record Briefed(String id, Outcome<Timed> outcome, String line) {
    public Briefed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(line, "line");
    }
  }
}
