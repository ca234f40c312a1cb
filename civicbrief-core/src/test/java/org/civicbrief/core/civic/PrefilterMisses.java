package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the matcher's one-pass prefilter against the expressions themselves, for tests here and in
 * the knowledge base: a trigger whose expression finds a match in a sentence must never be passed
 * over on it.
 */
public final class PrefilterMisses {

  private PrefilterMisses() {}

  /**
   * Each trigger that matches one of {@code sentences} but that the prefilter would not have run on
   * it, as "pattern in sentence"; empty when the prefilter keeps every match.
   */
  public static List<String> of(List<Trigger> triggers, List<String> sentences) {
    TriggerPrefilter prefilter =
        new TriggerPrefilter(triggers.stream().map(Trigger::pattern).toList());
    List<Pattern> compiled =
        triggers.stream().map(t -> PatternSyntax.compile(t.pattern(), t.caseSensitive())).toList();
    List<String> out = new ArrayList<>();
    for (String sentence : sentences) {
      BitSet candidates = prefilter.candidates(sentence, 0, sentence.length());
      for (int i = 0; i < compiled.size(); i++) {
        if (!candidates.get(i) && compiled.get(i).matcher(sentence).find()) {
          out.add(triggers.get(i).pattern() + " in " + sentence);
        }
      }
    }
    return out;
  }

  /**
   * How many of {@code triggers} the prefilter runs on every sentence, having no word to look for.
   */
  public static int unfiltered(List<Trigger> triggers) {
    return new TriggerPrefilter(triggers.stream().map(Trigger::pattern).toList()).unfiltered();
  }
}
