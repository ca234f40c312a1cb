package org.civicbrief.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Words that open a subordinate clause ("When Trump signed …, she said"): a sentence that starts
 * with one has its main clause later, so its first name is not the one who acts.
 */
public final class Subordinators {

  private static final Set<String> WORDS = WordList.of("subordinators");

  private Subordinators() {}

  /** True when {@code word}, in any case, opens a subordinate clause. */
  public static boolean is(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
