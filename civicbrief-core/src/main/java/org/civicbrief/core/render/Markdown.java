package org.civicbrief.core.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes article text for one line of Markdown so that it reads as written, in a terminal or not.
 */
final class Markdown {

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
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = ENTITY.matcher(out).replaceAll(Matcher.quoteReplacement("\\&"));
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
