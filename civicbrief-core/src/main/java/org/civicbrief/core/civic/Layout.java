package org.civicbrief.core.civic;

import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/**
 * Where each sentence stands in the article's layout: headline, subheading or body, and whether it
 * is in the lead (the headline, the headings after it and the first body sentence), which is where
 * a story says what it is about.
 */
final class Layout {

  private final boolean[] heading;
  private final boolean[] lead;

  Layout(AnnotatedArticle annotated) {
    String text = annotated.text();
    int n = annotated.sentences().size();
    heading = new boolean[n];
    lead = new boolean[n];
    for (Sentence s : annotated.sentences()) {
      boolean alone = aloneOnLine(text, s);
      boolean first = s.index() == 0 && (annotated.article().titleInText() || alone);
      heading[s.index()] =
          (first && !endsLikeProse(s)) || (alone && s.size() <= 20 && titleCased(s));
    }
    for (Sentence s : annotated.sentences()) {
      lead[s.index()] = true;
      if (!heading[s.index()]) {
        break;
      }
    }
  }

  boolean isHeading(int sentence) {
    return heading[sentence];
  }

  boolean inLead(int sentence) {
    return lead[sentence];
  }

  private static boolean aloneOnLine(String text, Sentence s) {
    for (int i = s.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    for (int i = s.end(); i < text.length() && text.charAt(i) != '\n'; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A headline may end with a question mark; a lead sentence ends with a period. */
  private static boolean endsLikeProse(Sentence s) {
    String last = s.tokens().getLast().text();
    return last.equals(".") || last.equals("!") || last.equals(":") || s.size() > 30;
  }

  private static boolean titleCased(Sentence s) {
    int words = 0;
    int capitalized = 0;
    for (Token t : s.tokens()) {
      char c = t.text().charAt(0);
      if (Character.isLetter(c)) {
        words++;
        capitalized += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    String last = s.tokens().getLast().text();
    boolean prose = last.equals(".") || last.equals(":");
    return words > 0 && capitalized * 2 > words && !prose;
  }
}
