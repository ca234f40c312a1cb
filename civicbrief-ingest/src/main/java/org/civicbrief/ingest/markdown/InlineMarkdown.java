package org.civicbrief.ingest.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one line of Markdown into what a reader sees: link text, no emphasis marks, no images. */
final class InlineMarkdown {

  // Escaped characters hide in the private use area while the rules below run, so "\*" stays a
  // star.
  private static final char HIDDEN = '\uE000';
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])");
  private static final Pattern IMAGE =
      Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
  private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]+\\]");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^>]*)?/?>");
  private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern STAR = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
  private static final Pattern UNDERSCORE =
      Pattern.compile("(?<![\\p{L}\\p{N}])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}])");
  private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private InlineMarkdown() {}

  static String plain(String markdown) {
    String s = hideEscapes(markdown);
    s = IMAGE.matcher(s).replaceAll("");
    s = FOOTNOTE.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll("$1");
    s = REFERENCE_LINK.matcher(s).replaceAll("$1");
    s = AUTOLINK.matcher(s).replaceAll("$1");
    s = HTML_TAG.matcher(s).replaceAll("");
    s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
    s = STRONG.matcher(s).replaceAll("$2");
    s = STAR.matcher(s).replaceAll("$1");
    s = UNDERSCORE.matcher(s).replaceAll("$1");
    s = STRIKE.matcher(s).replaceAll("$1");
    return SPACE.matcher(restoreEscapes(s)).replaceAll(" ").strip();
  }

  private static String hideEscapes(String s) {
    return ESCAPE
        .matcher(s)
        .replaceAll(m -> String.valueOf((char) (HIDDEN + m.group(1).charAt(0))));
  }

  private static String restoreEscapes(String s) {
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= HIDDEN && c < HIDDEN + 128 ? (char) (c - HIDDEN) : c);
    }
    return out.toString();
  }
}
