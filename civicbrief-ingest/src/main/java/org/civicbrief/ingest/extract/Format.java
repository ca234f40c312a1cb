package org.civicbrief.ingest.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The input formats ingest reads, and the media types that name them. */
public enum Format {
  HTML,
  TEXT,
  MARKDOWN,
  JSON;

  private static final Map<String, Format> MEDIA_TYPES =
      Map.of(
          "text/html", HTML,
          "application/xhtml+xml", HTML,
          "text/plain", TEXT,
          "text/markdown", MARKDOWN,
          "text/x-markdown", MARKDOWN,
          "application/json", JSON,
          "text/json", JSON);

  // Types that say nothing about the content; the file extension and the bytes decide instead.
  private static final Set<String> UNINFORMATIVE =
      Set.of("application/octet-stream", "binary/octet-stream", "application/unknown");

  /** What a declared media type tells about the format. */
  public sealed interface Declared {}

  /** The type names a format ingest reads. */
  public record Known(Format format) implements Declared {}

  /** The type says nothing; look at the name and the bytes. */
  public record Unknown() implements Declared {}

  /** The type names something that is not an article. */
  public record NotAnArticle(String mediaType) implements Declared {}

  /** Reads a Content-Type value such as {@code text/html; charset=utf-8}. */
  public static Declared ofMediaType(Optional<String> contentType) {
    if (contentType.isEmpty() || contentType.get().isBlank()) {
      return new Unknown();
    }
    String type = baseType(contentType.get());
    if (UNINFORMATIVE.contains(type)) {
      return new Unknown();
    }
    Format format = MEDIA_TYPES.get(type);
    return format == null ? new NotAnArticle(type) : new Known(format);
  }

  /** {@code text/html; charset=utf-8} becomes {@code text/html}. */
  public static String baseType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return base.strip().toLowerCase(Locale.ROOT);
  }

  /** The one-line reason for a media type that is not an article. */
  public static String notAnArticle(String mediaType) {
    return mediaType + " is not an article; civicbrief reads HTML, plain text, Markdown and JSON";
  }
}
