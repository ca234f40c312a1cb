package org.civicbrief.core.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes article text for one line of Markdown so that it reads as written, in a terminal or not.
 */
public final class Markdown {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Characters that start emphasis, code, links, raw HTML or strikethrough anywhere in a line. */
  private static final String INLINE = "\\`*_[]<>~";

  /**
   * What a block would read as a heading, list item, quote or rule when it opens a line or item.
   */
  private static final Pattern BLOCK_START =
      Pattern.compile("^(#{1,6}(?= |$)|[-+](?= |$)|\\d{1,9}(?=[.)]( |$)))");

  /** An entity or character reference, which Markdown would decode. */
  private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

  private Markdown() {}

  /**
   * {@code text} on one line, with runs of whitespace (line breaks included) as single spaces and
   * Markdown syntax escaped; plain words and punctuation are left alone so the terminal output
   * stays readable.
   */
  static String inline(String text) {
    String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return blockSafe(escape(flat, INLINE));
  }

  /**
   * {@code line} with a backslash before each of {@code syntax} and before every entity reference,
   * so that Markdown shows those characters instead of acting on them.
   */
  public static String escape(String line, String syntax) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (syntax.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return ENTITY.matcher(out).replaceAll(Matcher.quoteReplacement("\\&"));
  }

  /** {@code escaped} with what would open a heading, nested list or quote at its start escaped. */
  public static String blockSafe(String escaped) {
    Matcher start = BLOCK_START.matcher(escaped);
    if (!start.find()) {
      return escaped;
    }
    // "1. fact" or "- fact" at the start of a bullet would open a nested list; escape the marker.
    return start.group().chars().allMatch(Character::isDigit)
        ? escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end())
        : "\\" + escaped;
  }
}
