package org.civicbrief.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicbrief.core.article.RawDocument;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.extract.Format;

/**
 * Decides how to read a document: by its media type, then its file extension, then its first bytes.
 */
final class DetectFormat {

  private static final Map<String, Format> EXTENSIONS =
      Map.ofEntries(
          Map.entry("html", Format.HTML),
          Map.entry("htm", Format.HTML),
          Map.entry("xhtml", Format.HTML),
          Map.entry("shtml", Format.HTML),
          Map.entry("md", Format.MARKDOWN),
          Map.entry("markdown", Format.MARKDOWN),
          Map.entry("mdown", Format.MARKDOWN),
          Map.entry("mkd", Format.MARKDOWN),
          Map.entry("json", Format.JSON),
          Map.entry("jsonl", Format.JSON),
          Map.entry("ndjson", Format.JSON),
          Map.entry("txt", Format.TEXT),
          Map.entry("text", Format.TEXT));

  private static final Pattern HTML_START =
      Pattern.compile("(?s)\\A(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)[\\s>].*");
  private static final Pattern HTML_TAG =
      Pattern.compile("<(p|div|article|main|h1|h2|title|meta|section)[\\s>/]");

  /**
   * The format of {@code document}, whose bytes are {@code content}; failed when it is not an
   * article.
   */
  Outcome<Format> detect(RawDocument document, byte[] content) {
    byte[] head = content.length <= 1024 ? content : Arrays.copyOf(content, 1024);
    Optional<String> magic = MagicNumbers.mediaType(head);
    if (magic.isPresent()) {
      return Outcome.failed(Format.notAnArticle(magic.get()));
    }
    Optional<Format> byExtension = extension(document.origin()).map(EXTENSIONS::get);
    return switch (Format.ofMediaType(document.mediaType())) {
      case Format.NotAnArticle(String type) -> Outcome.failed(Format.notAnArticle(type));
      // Static servers often send Markdown as text/plain.
      case Format.Known(Format format)
          when format == Format.TEXT && byExtension.orElse(null) == Format.MARKDOWN ->
          Outcome.ok(Format.MARKDOWN);
      case Format.Known(Format format) -> Outcome.ok(format);
      case Format.Unknown() -> Outcome.ok(byExtension.orElseGet(() -> sniff(head)));
    };
  }

  private static Format sniff(byte[] head) {
    String start = new String(head, StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      start = start.substring(3);
    }
    start = start.stripLeading().toLowerCase(Locale.ROOT);
    if (HTML_START.matcher(start).matches() || HTML_TAG.matcher(start).find()) {
      return Format.HTML;
    }
    if (start.startsWith("{")) {
      return Format.JSON;
    }
    if (start.startsWith("---\n") || start.startsWith("---\r\n") || start.startsWith("# ")) {
      return Format.MARKDOWN;
    }
    return Format.TEXT;
  }

  private static Optional<String> extension(String origin) {
    String path = origin;
    if (path.contains("://")) {
      int cut = path.length();
      for (char c : new char[] {'?', '#'}) {
        int at = path.indexOf(c);
        if (at >= 0) {
          cut = Math.min(cut, at);
        }
      }
      path = path.substring(0, cut);
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    String name = path.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
