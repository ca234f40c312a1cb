package org.civicbrief.ingest;

import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.article.ReadArticle;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.extract.Extraction;
import org.civicbrief.ingest.extract.Format;
import org.civicbrief.ingest.html.ReadHtml;
import org.civicbrief.ingest.json.ReadJsonRecord;
import org.civicbrief.ingest.markdown.ReadMarkdown;
import org.civicbrief.ingest.text.DecodeText;
import org.civicbrief.ingest.text.Decoded;
import org.civicbrief.ingest.text.DetectBinary;
import org.civicbrief.ingest.text.ReadPlainText;

/**
 * Turns raw bytes into a checked article: detects the format, decodes the text, extracts the
 * article with the reader for its format and runs the input checks.
 */
final class ReadDocument implements ReadArticle {

  private final IngestConfig config;
  private final DetectFormat detectFormat = new DetectFormat();
  private final DecodeText decodeText = new DecodeText();
  private final DetectBinary detectBinary = new DetectBinary();
  private final ReadHtml readHtml = new ReadHtml();
  private final ReadPlainText readPlainText = new ReadPlainText();
  private final ReadMarkdown readMarkdown = new ReadMarkdown();
  private final ReadJsonRecord readJson;
  private final CheckArticle check;

  ReadDocument(IngestConfig config, ReadJsonRecord readJson, CheckArticle check) {
    this.config = config;
    this.readJson = readJson;
    this.check = check;
  }

  @Override
  public Outcome<Article> read(RawDocument document) {
    if (document.size() == 0) {
      return Outcome.failed("the input is empty");
    }
    if (document.size() > config.maxBytes()) {
      return Outcome.failed(config.overCapReason());
    }
    byte[] content = document.content();
    Outcome<Format> detected = detectFormat.detect(document, content);
    if (!(detected instanceof Outcome.Ok<Format> ok)) {
      return Outcome.failed(detected.reason());
    }
    Format format = ok.get();
    Decoded decoded = decodeText.decode(content, document.charset(), format == Format.HTML);
    Optional<String> binary = detectBinary.problem(content, decoded);
    if (binary.isPresent()) {
      return Outcome.failed(binary.get());
    }
    Optional<String> damaged = decodeText.problem(content, decoded);
    if (damaged.isPresent()) {
      return Outcome.failed(damaged.get());
    }
    if (decoded.text().isBlank()) {
      return Outcome.failed("the input is empty (only white space)");
    }
    return extract(format, decoded.text(), document.origin())
        .flatMap(extraction -> check.check(extraction, document.origin()));
  }

  private Outcome<Extraction> extract(Format format, String text, String origin) {
    return switch (format) {
      case HTML -> Outcome.ok(readHtml.read(text, origin));
      case TEXT -> Outcome.ok(readPlainText.read(text));
      case MARKDOWN -> Outcome.ok(readMarkdown.read(text));
      case JSON -> readJson.read(text);
    };
  }
}
