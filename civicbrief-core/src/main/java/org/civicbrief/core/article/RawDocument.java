package org.civicbrief.core.article;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes as they arrived, and where they came from.
 *
 * @param origin a file path, URL or {@code -} for standard input
 * @param mediaType the declared or detected media type ({@code text/html}, {@code text/plain},
 *     ...), or empty when unknown
 * @param charset the declared charset, or empty when unknown
 * @param content the bytes
 */
public record RawDocument(
    String origin, Optional<String> mediaType, Optional<String> charset, byte[] content) {

  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(charset, "charset");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The size in bytes, without copying. */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawDocument r
        && origin.equals(r.origin)
        && mediaType.equals(r.mediaType)
        && charset.equals(r.charset)
        && Arrays.equals(content, r.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, mediaType, charset, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "RawDocument["
        + origin
        + ", "
        + mediaType.orElse("?")
        + ", "
        + content.length
        + " bytes]";
  }
}
