package org.civicbrief.app.config;

import java.util.Objects;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;

/**
 * The whole configuration, loaded once: defaults, then a properties file, then {@code CIVICBRIEF_*}
 * environment variables, then command-line flags.
 *
 * @param ingest reading articles
 * @param nlp the CoreNLP pipeline
 * @param threads worker threads for batch runs ({@code brief.threads})
 * @param serve the store, the job workers and the server of {@code civicbrief serve}
 */
public record CivicbriefConfig(IngestConfig ingest, NlpConfig nlp, int threads, ServeConfig serve) {

  public CivicbriefConfig {
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(serve, "serve");
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("brief.threads must be between 1 and 256, got " + threads);
    }
  }

  /** A configuration with the default serve settings. */
  public CivicbriefConfig(IngestConfig ingest, NlpConfig nlp, int threads) {
    this(ingest, nlp, threads, ServeConfig.defaults(threads));
  }

  /** The defaults, with one worker thread per available processor. */
  public static CivicbriefConfig defaults(int processors) {
    return new CivicbriefConfig(
        IngestConfig.defaults(),
        NlpConfig.defaults(),
        processors,
        ServeConfig.defaults(processors));
  }
}
