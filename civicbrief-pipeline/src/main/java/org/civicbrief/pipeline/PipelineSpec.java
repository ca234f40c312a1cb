package org.civicbrief.pipeline;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;

/**
 * The settings that decide what a briefing contains: how records are read, how they are annotated,
 * and the version stamped on every briefing. {@link BriefRecord#create} builds the one pipeline
 * from them. Serializable, so Spark can ship them to its executors (the configuration records
 * themselves are not).
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
}
