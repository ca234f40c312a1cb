package org.civicbrief.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.article.ReadArticle;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.json.ReadJsonRecord;
import org.civicbrief.ingest.source.ReadSource;
import org.civicbrief.ingest.url.FetchUrl;

/**
 * The one door into ingest: reads a file, standard input, a URL, raw bytes or a JSON record and
 * gives a checked English article, or the one-line reason it could not.
 */
public final class Ingest implements ReadArticle {

  private final IngestConfig config;
  private final ReadSource readSource;
  private final ReadJsonRecord readJson = new ReadJsonRecord();
  private final CheckArticle check;
  private final ReadDocument readDocument;

  /** Ingest with the given settings. */
  public Ingest(IngestConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.readSource = new ReadSource(config, new FetchUrl(config));
    this.check = new CheckArticle(config);
    this.readDocument = new ReadDocument(config, readJson, check);
  }

  /**
   * Reads the article at {@code source}: a file path, {@code -} for {@code stdin}, or an http(s)
   * URL. The article's origin is the path, {@code -}, or the URL the fetch ended at.
   */
  public Outcome<Article> read(String source, InputStream stdin) {
    return load(source, stdin).flatMap(this::read);
  }

  /**
   * Reads the bytes at {@code source} without extracting anything, for callers that keep raw input.
   */
  public Outcome<RawDocument> load(String source, InputStream stdin) {
    return readSource.read(source, stdin);
  }

  /** Extracts and checks the article in {@code document}. */
  @Override
  public Outcome<Article> read(RawDocument document) {
    return readDocument.read(document);
  }

  /**
   * Reads one JSON article record, such as a line of a JSON Lines corpus. Its {@code text} (or
   * {@code article}) is the article text exactly as given; the article's origin is the record's
   * {@code id}, else its {@code url}, else {@code origin}.
   */
  public Outcome<Article> fromJsonRecord(String json, String origin) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(origin, "origin");
    // The cap counts bytes; a record's UTF-8 form has at least as many bytes as it has chars, so
    // the
    // cheap test settles most records over the cap without encoding them.
    if (json.length() > config.maxBytes()
        || json.getBytes(StandardCharsets.UTF_8).length > config.maxBytes()) {
      return Outcome.failed(config.overCapReason());
    }
    if (json.isBlank()) {
      return Outcome.failed("the JSON record is empty");
    }
    return readJson.read(json).flatMap(extraction -> check.check(extraction, origin));
  }

  /** The settings this ingest runs with. */
  public IngestConfig config() {
    return config;
  }
}
