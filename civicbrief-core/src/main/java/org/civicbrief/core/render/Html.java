package org.civicbrief.core.render;

/**
 * Escapes untrusted text for HTML text and attribute contexts.
 *
 * <p>The output is also well-formed XML (only the five predefined entities, no characters XML 1.0
 * forbids), so a page can be checked with an XML parser.
 */
final class Html {

  private static final char REPLACEMENT = '\uFFFD';

  private Html() {}

  /** Escapes {@code s} for element content. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Escapes {@code s} for a double- or single-quoted attribute value. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\'' -> out.append(attribute ? "&#39;" : "'");
        case '\t', '\n', '\r' -> out.append(attribute ? ' ' : c);
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (forbidden(c)) {
            // Control characters and lone surrogates make the page ill-formed; show that something
            // was there instead of dropping it silently.
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean forbidden(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
