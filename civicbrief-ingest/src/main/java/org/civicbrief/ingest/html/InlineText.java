package org.civicbrief.ingest.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The text of markup as one line: every run of whitespace becomes one space, invisible marks go.
 */
final class InlineText {

  private static final Pattern SPACE =
      Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

  private InlineText() {}

  static String of(Element element) {
    return collapse(element.text());
  }

  static String collapse(String text) {
    return SPACE.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
  }
}
