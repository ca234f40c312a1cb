package org.civicbrief.ingest.text;

import java.util.regex.Pattern;
import org.civicbrief.ingest.extract.Extraction;

/**
 * Reads a plain-text article: line endings become LF, trailing spaces go, and a short first line on
 * its own is taken as the headline.
 */
public final class ReadPlainText {

  private static final Pattern TRAILING_SPACE =
      Pattern.compile("[ \\t\\u00A0]+$", Pattern.MULTILINE);
  private static final int MAX_TITLE_WORDS = 15;
  private static final int MAX_TITLE_CHARS = 150;
  // In hard-wrapped text the first line of a paragraph fills most of the wrap width; a headline on
  // its
  // own line is clearly shorter than the line below it.
  private static final double WRAPPED_LINE_SHARE = 0.7;
  private static final int MAX_WRAP_WIDTH = 100;
  private static final int WRAP_SAMPLE_LINES = 50;

  /** The article in {@code text}, normalised but otherwise unchanged. */
  public Extraction read(String text) {
    String normalized = normalize(text);
    int newline = normalized.indexOf('\n');
    if (newline < 0) {
      return Extraction.ofText(normalized);
    }
    String first = normalized.substring(0, newline);
    String rest = normalized.substring(newline + 1);
    if (looksLikeTitle(first, rest)) {
      return Extraction.ofText(normalized).withTitleInText(first);
    }
    return Extraction.ofText(normalized);
  }

  /**
   * CRLF and CR become LF, a byte order mark and trailing spaces go, blank lines at either end go.
   */
  public static String normalize(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.replace("\r\n", "\n").replace('\r', '\n');
    t = TRAILING_SPACE.matcher(t).replaceAll("");
    int start = 0;
    while (start < t.length() && t.charAt(start) == '\n') {
      start++;
    }
    return t.substring(start).stripTrailing();
  }

  private static boolean looksLikeTitle(String first, String rest) {
    String line = first.strip();
    if (!line.equals(first) || line.isEmpty() || rest.isBlank()) {
      return false;
    }
    if (line.length() > MAX_TITLE_CHARS || Words.count(line) > MAX_TITLE_WORDS) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == '.'
        || last == ','
        || last == ';'
        || last == ':'
        || !line.chars().anyMatch(Character::isLetter)) {
      return false;
    }
    if (rest.startsWith("\n")) {
      return true;
    }
    if (!isHardWrapped(rest)) {
      return true;
    }
    int end = rest.indexOf('\n');
    String next = end < 0 ? rest : rest.substring(0, end);
    return line.length() < next.length() * WRAPPED_LINE_SHARE;
  }

  // Hard-wrapped text keeps every line under a wrap width; text with one paragraph per line has
  // long
  // lines, and then a short first line can only be a line of its own.
  private static boolean isHardWrapped(String text) {
    return text.lines().limit(WRAP_SAMPLE_LINES).allMatch(l -> l.length() <= MAX_WRAP_WIDTH);
  }
}
