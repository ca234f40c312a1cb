package org.civicbrief.core.civic;

import java.util.List;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;

/** Sentences of the shared seed articles that the acceptance tests check, found by their words. */
public final class SeedSentences {

  private SeedSentences() {}

  /** The model page's call to voters: the first sentence where a modal "should" governs "urge". */
  public static Sentence callToVoters(AnnotatedArticle a) {
    return a.sentences().stream()
        .filter(s -> modalGoverns(s, "should", "urge"))
        .findFirst()
        .orElseThrow();
  }

  private static boolean modalGoverns(Sentence s, String modal, String verb) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.get(i).text().equalsIgnoreCase(modal) && t.get(i + 1).lemma().equals(verb)) {
        return true;
      }
    }
    return false;
  }
}
