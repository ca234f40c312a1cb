package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which triggers can match a sentence, found in one pass over it: every match of a trigger contains
 * one of its {@linkplain RequiredStrings required strings}, so a trigger none of whose strings the
 * sentence holds is passed over without running its expression. A trigger with no required string
 * is a candidate on every sentence. Immutable and thread-safe.
 */
final class TriggerPrefilter {

  private final Substrings strings;

  /** For each required string, the triggers it stands for. */
  private final int[][] triggersOf;

  private final BitSet always = new BitSet();

  private final int size;

  /** A prefilter for card patterns; trigger {@code i} is {@code patterns.get(i)}. */
  TriggerPrefilter(List<String> patterns) {
    Map<String, List<Integer>> byString = new LinkedHashMap<>();
    for (int i = 0; i < patterns.size(); i++) {
      List<String> required = RequiredStrings.of(patterns.get(i));
      if (required.isEmpty()) {
        always.set(i);
      }
      for (String s : required) {
        byString.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
      }
    }
    this.strings = new Substrings(List.copyOf(byString.keySet()));
    this.triggersOf =
        byString.values().stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
    this.size = patterns.size();
  }

  /** The triggers that may match {@code text} in [from, to): a superset of those that do. */
  BitSet candidates(CharSequence text, int from, int to) {
    BitSet found = new BitSet(triggersOf.length);
    strings.findIn(text, from, to, found);
    BitSet out = (BitSet) always.clone();
    for (int s = found.nextSetBit(0); s >= 0; s = found.nextSetBit(s + 1)) {
      for (int t : triggersOf[s]) {
        out.set(t);
      }
    }
    return out;
  }

  /** How many triggers have no required string and so run on every sentence. */
  int unfiltered() {
    return always.cardinality();
  }

  /** How many triggers there are. */
  int size() {
    return size;
  }
}
