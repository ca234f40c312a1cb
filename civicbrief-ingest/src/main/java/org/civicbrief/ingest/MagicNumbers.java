package org.civicbrief.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises common non-article files by their first bytes, so a PDF is named rather than garbled.
 */
final class MagicNumbers {

  private record Magic(byte[] start, String mediaType) {}

  private static final List<Magic> KNOWN =
      List.of(
          magic("%PDF-", "application/pdf"),
          magic("PK\u0003\u0004", "application/zip"),
          magic("\u0089PNG", "image/png"),
          magic("\u00ff\u00d8\u00ff", "image/jpeg"),
          magic("GIF8", "image/gif"),
          magic("\u001f\u008b", "application/gzip"),
          magic("\u00d0\u00cf\u0011\u00e0", "application/msword"),
          magic("{\\rtf", "application/rtf"));

  private MagicNumbers() {}

  /** The media type of a known binary format that {@code head} starts with, or empty. */
  static Optional<String> mediaType(byte[] head) {
    for (Magic m : KNOWN) {
      if (head.length >= m.start().length
          && Arrays.equals(head, 0, m.start().length, m.start(), 0, m.start().length)) {
        return Optional.of(m.mediaType());
      }
    }
    return Optional.empty();
  }

  private static Magic magic(String start, String mediaType) {
    return new Magic(start.getBytes(StandardCharsets.ISO_8859_1), mediaType);
  }
}
