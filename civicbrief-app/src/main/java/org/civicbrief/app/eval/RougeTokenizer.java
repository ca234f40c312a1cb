package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into ROUGE tokens as Google's {@code rouge_score} does: lower case, runs of ASCII
 * letters and digits (everything else separates, so "don't" is "don" and "t"), and Porter stems of
 * the tokens longer than three characters.
 */
final class RougeTokenizer {

  private final PorterStemmer stemmer = new PorterStemmer();

  List<String> tokenize(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      if (!isAsciiAlnum(lower.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < lower.length() && isAsciiAlnum(lower.charAt(j))) {
        j++;
      }
      String token = lower.substring(i, j);
      out.add(token.length() > 3 ? stemmer.stem(token) : token);
      i = j;
    }
    return out;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
