package org.civicbrief.core.civic;

import java.util.Locale;
import java.util.Optional;
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

  /**
   * A word every match of {@code pattern} contains, in lower case, when one can be read off its
   * start: the leading run of ASCII letters, less a last letter a quantifier makes optional. Empty
   * when the pattern has an alternation outside any group, starts with anything else, or the run is
   * shorter than three letters. An alternation inside a group after the run ("debt (?:limit|
   * ceiling)") leaves the run required. A text whose lower case lacks the word cannot match, so the
   * regular expression need not run on it.
   */
  static Optional<String> requiredWord(String pattern) {
    if (hasTopLevelAlternation(pattern)) {
      return Optional.empty();
    }
    int end = 0;
    while (end < pattern.length() && isAsciiLetter(pattern.charAt(end))) {
      end++;
    }
    if (end < pattern.length() && "?*{".indexOf(pattern.charAt(end)) >= 0) {
      end--;
    }
    return end >= 3
        ? Optional.of(pattern.substring(0, end).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /**
   * True when lower-casing {@code text} may hide a case-insensitive match: Unicode case folding
   * matches the dotless i, the long s and the Kelvin and Ångström signs to ASCII letters, which
   * {@link String#toLowerCase} does not turn into them.
   */
  static boolean foldsBeyondLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0131' || c == '\u017f' || c == '\u212a' || c == '\u212b') {
        return true;
      }
    }
    return false;
  }

  /** True when a {@code |} stands outside every group and character class. */
  private static boolean hasTopLevelAlternation(String pattern) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
