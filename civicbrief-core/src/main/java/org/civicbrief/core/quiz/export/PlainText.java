package org.civicbrief.core.quiz.export;

/** Text from an article made fit for one line of any export format. */
final class PlainText {

  private PlainText() {}

  /**
   * {@code text} on one line: runs of whitespace become one space, and control characters and code
   * points XML 1.0 cannot carry (unpaired surrogates, U+FFFE, U+FFFF) are dropped, since article
   * text scraped from the web carries them now and then and one would make an XML export unreadable
   * or a GIFT question end early.
   */
  static String line(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
      } else if (Character.isISOControl(cp)
          || cp <= 0xFFFF && Character.isSurrogate((char) cp)
          || cp == 0xFFFE
          || cp == 0xFFFF) {
        continue;
      } else {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
