package org.civicbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.extract.Format;
import org.junit.jupiter.api.Test;

class DetectFormatTest {

  private final DetectFormat detect = new DetectFormat();

  private Outcome<Format> detect(String origin, String mediaType, String content) {
    // Latin-1 keeps every char below 256 as one byte, so magic numbers can be written as text.
    byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
    return detect.detect(
        new RawDocument(origin, Optional.ofNullable(mediaType), Optional.empty(), bytes), bytes);
  }

  @Test
  void theMediaTypeComesFirst() {
    assertThat(detect("story.txt", "text/html; charset=utf-8", "plain words").value())
        .isEqualTo(Format.HTML);
  }

  @Test
  void markdownServedAsPlainTextIsMarkdown() {
    assertThat(detect("https://site.example/notes.md?raw=1", "text/plain", "# Title").value())
        .isEqualTo(Format.MARKDOWN);
  }

  @Test
  void theExtensionDecidesWhenTheTypeSaysNothing() {
    assertThat(detect("story.markdown", "application/octet-stream", "Title").value())
        .isEqualTo(Format.MARKDOWN);
    assertThat(detect("record.json", null, "{}").value()).isEqualTo(Format.JSON);
  }

  @Test
  void sniffsTheFirstBytesWithoutTypeOrExtension() {
    assertThat(detect("-", null, "\u00ef\u00bb\u00bf  <!DOCTYPE html><html><p>x</p>").value())
        .isEqualTo(Format.HTML);
    assertThat(detect("-", null, "{\"text\": \"x\"}").value()).isEqualTo(Format.JSON);
    assertThat(detect("-", null, "---\ntitle: x\n---\nBody").value()).isEqualTo(Format.MARKDOWN);
    assertThat(detect("-", null, "Council votes\n\nThe council voted.").value())
        .isEqualTo(Format.TEXT);
  }

  @Test
  void namesFilesThatAreNotArticles() {
    assertThat(detect("scan", null, "\u0089PNG\r\n").reason())
        .startsWith("image/png is not an article");
    assertThat(detect("feed", "application/rss+xml", "<rss/>").reason())
        .startsWith("application/rss+xml is not an article");
  }
}
