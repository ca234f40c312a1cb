package org.civicbrief.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.BuildBriefing;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.Statement;
import org.civicbrief.core.quiz.GenerateQuiz;
import org.civicbrief.core.text.Annotate;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.core.values.AddValueMentions;

/**
 * The single-article pipeline: annotate, add dates and quantities, build the briefing, write its
 * quiz. The CoreNLP models load on first use, once per process; after that the pipeline is safe to
 * share across threads. Entry points do not build one: they get it, wired from the settings, from
 * {@code org.civicbrief.pipeline.BriefRecord} (civicbrief-pipeline).
 */
public final class BriefPipeline {

  private final Supplier<Annotate> annotatorFactory;
  private final AddValueMentions values = new AddValueMentions();
  private final ClassifyStatements statements = new ClassifyStatements();
  private final BuildBriefing build;
  private final GenerateQuiz quiz;
  private volatile Annotate annotator;
  private long loadNanos;

  /** A pipeline that creates its annotator with {@code annotatorFactory} when first needed. */
  public BriefPipeline(Supplier<Annotate> annotatorFactory, BuildBriefing build) {
    this(annotatorFactory, build, new GenerateQuiz());
  }

  /** A pipeline that writes its quizzes with {@code quiz}. */
  public BriefPipeline(
      Supplier<Annotate> annotatorFactory, BuildBriefing build, GenerateQuiz quiz) {
    this.annotatorFactory = Objects.requireNonNull(annotatorFactory, "annotatorFactory");
    this.build = Objects.requireNonNull(build, "build");
    this.quiz = Objects.requireNonNull(quiz, "quiz");
  }

  /** Loads the models now (they load on first use otherwise); returns the seconds it took. */
  public double warmUp() {
    annotator();
    return loadNanos / 1e9;
  }

  /** Briefs one article, timing each stage. */
  public Timed brief(Article article) {
    Annotate a = annotator();
    long t0 = System.nanoTime();
    AnnotatedArticle annotated = a.annotate(article);
    return afterAnnotation(annotated, System.nanoTime() - t0);
  }

  /** Annotates an article as {@link #brief} does (the models load on first use). */
  public AnnotatedArticle annotate(Article article) {
    return annotator().annotate(article);
  }

  /**
   * The briefing and quiz of an article annotated by {@link #annotate}, for evaluations that cache
   * annotations: the same stages as {@link #brief} after annotation.
   */
  public Timed fromAnnotated(AnnotatedArticle annotated) {
    return afterAnnotation(annotated, 0);
  }

  /**
   * The stages after annotation, one layout and one judgement of opinion for the briefing and the
   * quiz, each timed.
   */
  private Timed afterAnnotation(AnnotatedArticle annotated, long annotateNanos) {
    long t1 = System.nanoTime();
    AnnotatedArticle withValues = values.apply(annotated);
    long t2 = System.nanoTime();
    Layout layout = Layout.of(withValues);
    List<Statement> voices = statements.classify(withValues, layout);
    Briefing briefing = build.build(withValues, layout, voices);
    long t3 = System.nanoTime();
    Briefing withQuiz = briefing.withQuiz(quiz.generate(briefing, withValues, layout, voices));
    long t4 = System.nanoTime();
    return new Timed(
        withQuiz,
        withValues,
        new StageTimings(annotateNanos, t2 - t1, t3 - t2, t4 - t3, withValues.tokenCount()));
  }

  private Annotate annotator() {
    Annotate a = annotator;
    if (a == null) {
      synchronized (this) {
        a = annotator;
        if (a == null) {
          long t = System.nanoTime();
          a = annotatorFactory.get();
          loadNanos = System.nanoTime() - t;
          annotator = a;
        }
      }
    }
    return a;
  }

  /** Seconds the models took to load, or 0 before they have. */
  public double loadSeconds() {
    return loadNanos / 1e9;
  }
}
