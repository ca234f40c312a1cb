package org.civicbrief.spark.job;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.BuildBriefing;
import org.civicbrief.core.civic.MatchConcepts;
import org.civicbrief.core.pipeline.BriefPipeline;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.kb.LoadCards;
import org.civicbrief.nlp.corenlp.CoreNlpAnnotate;
import org.civicbrief.nlp.corenlp.CoreNlpNameGender;
import org.civicbrief.nlp.corenlp.NlpConfig;

/**
 * The settings every executor needs to build the same pipeline as the command line, in a form Spark
 * can ship to executors (the configuration records themselves are not serializable).
 *
 * @param maxBytes {@code ingest.maxBytes}
 * @param minWords {@code ingest.minWords}
 * @param connectTimeoutMillis {@code ingest.connectTimeout}
 * @param timeoutMillis {@code ingest.timeout}
 * @param maxRedirects {@code ingest.maxRedirects}
 * @param allowedHosts {@code ingest.allowedHosts}
 * @param userAgent {@code ingest.userAgent}
 * @param parse {@link NlpConfig#parse()}
 * @param fineGrainedNer {@code nlp.fineGrainedNer}
 * @param nerModels {@code nlp.nerModels}
 * @param pipelineVersion the version written into every briefing
 */
public record PipelineSpec(
    long maxBytes,
    int minWords,
    long connectTimeoutMillis,
    long timeoutMillis,
    int maxRedirects,
    List<String> allowedHosts,
    String userAgent,
    boolean parse,
    boolean fineGrainedNer,
    String nerModels,
    String pipelineVersion)
    implements Serializable {

  public PipelineSpec {
    allowedHosts = List.copyOf(allowedHosts);
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(nerModels, "nerModels");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
  }

  /** The spec of {@code ingest} and {@code nlp}, writing {@code pipelineVersion}. */
  public static PipelineSpec of(IngestConfig ingest, NlpConfig nlp, String pipelineVersion) {
    return new PipelineSpec(
        ingest.maxBytes(),
        ingest.minWords(),
        ingest.connectTimeout().toMillis(),
        ingest.timeout().toMillis(),
        ingest.maxRedirects(),
        ingest.allowedHosts().stream().sorted().toList(),
        ingest.userAgent(),
        nlp.parse(),
        nlp.fineGrainedNer(),
        nlp.nerModels(),
        pipelineVersion);
  }

  /** The ingest settings. */
  public IngestConfig ingest() {
    return new IngestConfig(
        maxBytes,
        minWords,
        Duration.ofMillis(connectTimeoutMillis),
        Duration.ofMillis(timeoutMillis),
        maxRedirects,
        Set.copyOf(allowedHosts),
        userAgent);
  }

  /** The NLP settings. */
  public NlpConfig nlp() {
    return new NlpConfig(parse, fineGrainedNer, nerModels);
  }

  /**
   * The pipeline these settings describe, composed as {@code civicbrief brief} composes its own
   * ({@code Civicbrief#pipeline} in civicbrief-app): CoreNLP, CoreNLP's name genders, the knowledge
   * base's concept cards. The two must stay alike for the job's output to equal the command line's;
   * the benchmark compares them byte for byte (docs/BENCHMARKS.md). The models load on the first
   * briefing.
   */
  public BriefPipeline newPipeline() {
    NlpConfig nlp = nlp();
    return new BriefPipeline(
        () -> new CoreNlpAnnotate(nlp),
        new BuildBriefing(
            new CoreNlpNameGender(),
            pipelineVersion,
            Optional.of(new MatchConcepts(new LoadCards().load()))));
  }
}
