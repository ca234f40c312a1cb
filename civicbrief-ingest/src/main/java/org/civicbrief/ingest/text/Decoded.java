package org.civicbrief.ingest.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, and the charset that decoded it.
 *
 * @param text the text, without a byte order mark
 * @param charset the charset used
 */
public record Decoded(String text, Charset charset) {

  public Decoded {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }

  /** True for UTF-16 and UTF-32, whose ASCII text is full of NUL bytes. */
  public boolean isWide() {
    String name = charset.name().toUpperCase(java.util.Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }
}
