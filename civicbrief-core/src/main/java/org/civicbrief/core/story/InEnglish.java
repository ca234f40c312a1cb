package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.text.WordList;

/**
 * A Spanish article's words as story assignment compares them: in English where a glossary of civic
 * news vocabulary has them ("corte suprema" → "supreme court"), as they are otherwise (names of
 * people and places are the same in both languages), and without Spanish function words. The
 * articles of one story in two languages then share their words, as they share their names.
 */
final class InEnglish {

  /** Spanish function words, dropped as {@link ContentWords#STOP} drops English ones. */
  static final Set<String> SPANISH_STOP = WordList.of("stopwords-es");

  private static final Map<String, String> GLOSSARY = WordList.tableOf("story-glossary-es");
  private static final int LONGEST = longest();

  private InEnglish() {}

  /**
   * The words of a run of Spanish words (lower case, without accents), each phrase of the glossary
   * replaced by its English words, the longest phrase first; other words kept.
   */
  static List<String> fromSpanish(List<String> words) {
    return fromSpanish(words, i -> true);
  }

  /**
   * {@link #fromSpanish(List)}, keeping of the words the glossary does not have only those at the
   * positions {@code keep} accepts.
   */
  static List<String> fromSpanish(List<String> words, java.util.function.IntPredicate keep) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && matched == 0; n--) {
        String english = GLOSSARY.get(String.join(" ", words.subList(i, i + n)));
        if (english != null) {
          out.addAll(List.of(english.split(" ")));
          matched = n;
        }
      }
      if (matched == 0) {
        if (keep.test(i)) {
          out.add(words.get(i));
        }
        matched = 1;
      }
      i += matched;
    }
    return out;
  }

  /** True for a word that says nothing about what an article is about, in either language. */
  static boolean stop(String word, boolean spanish) {
    return ContentWords.STOP.contains(word) || (spanish && SPANISH_STOP.contains(word));
  }

  private static int longest() {
    int max = 1;
    for (String k : GLOSSARY.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    return max;
  }
}
