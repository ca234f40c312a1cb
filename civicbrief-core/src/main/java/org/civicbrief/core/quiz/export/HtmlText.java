package org.civicbrief.core.quiz.export;

/** Escapes text for HTML fragments that a quiz platform renders as its question text. */
final class HtmlText {

  private HtmlText() {}

  /** {@code text} on one line with the five HTML-special characters as entities. */
  static String escape(String text) {
    String line = PlainText.line(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A paragraph of escaped text. */
  static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }
}
