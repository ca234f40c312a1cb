package org.civicbrief.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.ingest.Ingest;
import org.civicbrief.ingest.IngestConfig;
import org.civicbrief.nlp.corenlp.NlpConfig;
import org.civicbrief.pipeline.BriefRecord;
import org.civicbrief.pipeline.PipelineSpec;

/** One pipeline per test JVM: loading CoreNLP's models takes seconds. */
public final class SharedPipeline {

  private static final BriefRecord PIPELINE =
      BriefRecord.create(PipelineSpec.of(IngestConfig.defaults(), NlpConfig.defaults(), "test"));

  private SharedPipeline() {}

  /** The shared pipeline. */
  public static BriefRecord pipeline() {
    return PIPELINE;
  }

  /** A test resource read as a JSON record's text, with {@code published} as its date. */
  public static Article article(String resource, String published) {
    try {
      String record =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .writeValueAsString(
                  java.util.Map.of(
                      "id", resource, "published", published, "text", resource(resource)));
      return new Ingest(IngestConfig.defaults()).fromJsonRecord(record, resource).value();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a test resource. */
  public static String resource(String name) {
    try (InputStream in = SharedPipeline.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dates of the timeline of {@code resource} briefed as of {@code published}, in order. */
  public static java.util.List<String> timelineDates(String resource, String published) {
    return pipeline().brief(article(resource, published)).briefing().timeline().stream()
        .map(org.civicbrief.core.briefing.TimelineEvent::date)
        .toList();
  }

  /** Briefs the project's wire-style fixture, published 2025-03-12, read as a plain-text file. */
  public static Briefing fixtureBriefing() {
    Article article =
        new Ingest(IngestConfig.defaults())
            .read(
                new org.civicbrief.core.article.RawDocument(
                    "guard-deployment.txt",
                    java.util.Optional.of("text/plain"),
                    java.util.Optional.of("UTF-8"),
                    resource("/fixtures/guard-deployment.txt").getBytes(StandardCharsets.UTF_8)))
            .value()
            .withPublished(LocalDate.of(2025, 3, 12));
    return PIPELINE.brief(article).briefing();
  }
}
