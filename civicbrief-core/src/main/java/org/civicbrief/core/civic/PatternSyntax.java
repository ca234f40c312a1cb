package org.civicbrief.core.civic;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The pattern language of card triggers and context rules: a Java regular expression matched as
 * whole words, where a space stands for any run of whitespace and either apostrophe (' or ’) stands
 * for both, so card authors need not guess how a source typed them.
 */
final class PatternSyntax {

  /** The flags of a case-insensitive pattern: letters beyond ASCII fold too. */
  static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private PatternSyntax() {}

  /**
   * Compiles a card pattern.
   *
   * @throws IllegalArgumentException naming the pattern when it is not a valid expression
   */
  static Pattern compile(String pattern, boolean caseSensitive) {
    if (pattern.isBlank()) {
      throw new IllegalArgumentException("pattern is blank");
    }
    String expanded = "(?<![\\p{L}\\p{N}])(?:" + expand(pattern) + ")(?![\\p{L}\\p{N}])";
    int flags = caseSensitive ? 0 : IGNORE_CASE;
    try {
      return Pattern.compile(expanded, flags);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "pattern '" + pattern + "' is not a valid expression: " + e.getDescription(), e);
    }
  }

  private static String expand(String pattern) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else if (c == '[' && !inClass) {
        inClass = true;
        out.append(c);
      } else if (c == ']' && inClass) {
        inClass = false;
        out.append(c);
      } else if (c == '\'' || c == '’') {
        out.append(inClass ? "'’" : "['’]");
      } else if (c == ' ' && !inClass) {
        out.append("[\\s\\u00a0\\u2009\\u202f]+");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
