package org.civicbrief.spark.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The store's identity of an article's content (its {@code articles.content_hash} column): SHA-256
 * of the text in Unicode NFC with every run of whitespace made one space and the ends trimmed. It
 * must match the store's own {@code ContentHash} exactly, or a re-run would store articles twice;
 * {@code StoreContractTest} checks that it does.
 */
final class ContentHash {

  private ContentHash() {}

  /** The hash of {@code text}, as 64 lowercase hex digits. */
  static String of(String text) {
    String normalized =
        Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normalized.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
