package org.civicbrief.store.article;

import java.text.Normalizer;
import org.civicbrief.core.common.Sha256;

/**
 * The identity of an article's content: SHA-256 of its extracted text in Unicode NFC with every run
 * of whitespace made one space and the ends trimmed, so the same article read twice (from a file
 * and from its URL, say) is stored once.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The hash of {@code text}, as 64 lowercase hex digits. */
  public static String of(String text) {
    String normalized =
        Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    return Sha256.hex(normalized);
  }
}
