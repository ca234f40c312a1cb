package org.civicbrief.ingest.text;

import java.util.Optional;

/** Tells text from binary data: NUL bytes, or too many control or undecodable characters. */
public final class DetectBinary {

  private static final int SAMPLE = 8192;
  // Real text has almost no control characters; random bytes have about one in eight.
  private static final double MAX_CONTROL_SHARE = 0.05;

  /** Why {@code decoded}, read from {@code content}, is not text, or empty when it is text. */
  public Optional<String> problem(byte[] content, Decoded decoded) {
    if (!decoded.isWide()) {
      int end = Math.min(content.length, SAMPLE);
      for (int i = 0; i < end; i++) {
        if (content[i] == 0) {
          return Optional.of("this looks like a binary file, not text (it contains NUL bytes)");
        }
      }
    }
    return problem(decoded.text());
  }

  /** Why {@code text} is not readable text, or empty when it is. */
  public Optional<String> problem(String text) {
    int end = Math.min(text.length(), SAMPLE);
    int bad = 0;
    int counted = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      counted++;
      if (c == '\uFFFD' || (Character.isISOControl(c))) {
        bad++;
      }
    }
    if (counted > 0 && bad > counted * MAX_CONTROL_SHARE) {
      return Optional.of(
          "this looks like binary data, not text ("
              + Math.round(100.0 * bad / counted)
              + "% control or undecodable characters)");
    }
    return Optional.empty();
  }
}
