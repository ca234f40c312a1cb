package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which triggers can match a sentence, found in one pass over it: every match of a trigger
 * satisfies each of its {@linkplain RequiredStrings clauses}, holding one of the clause's strings,
 * so a trigger with a clause none of whose strings the sentence holds is passed over without
 * running its expression. A trigger with no clause is a candidate on every sentence. Immutable and
 * thread-safe.
 */
final class TriggerPrefilter {

  private final Substrings strings;

  /** For each string, the clauses it satisfies. */
  private final int[][] clausesOf;

  /** For each clause, its trigger. */
  private final int[] triggerOf;

  /** For each trigger, how many clauses it has. */
  private final int[] clauseCount;

  private final BitSet always = new BitSet();

  /** A prefilter for card patterns; trigger {@code i} is {@code patterns.get(i)}. */
  TriggerPrefilter(List<String> patterns) {
    Map<String, List<Integer>> byString = new LinkedHashMap<>();
    List<Integer> triggers = new ArrayList<>();
    this.clauseCount = new int[patterns.size()];
    for (int i = 0; i < patterns.size(); i++) {
      List<List<String>> clauses = RequiredStrings.of(patterns.get(i));
      if (clauses.isEmpty()) {
        always.set(i);
      }
      clauseCount[i] = clauses.size();
      for (List<String> clause : clauses) {
        int id = triggers.size();
        triggers.add(i);
        for (String s : clause) {
          byString.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
        }
      }
    }
    this.strings = new Substrings(List.copyOf(byString.keySet()));
    this.clausesOf =
        byString.values().stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
    this.triggerOf = triggers.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The triggers that may match {@code text} in [from, to): a superset of those that do. */
  BitSet candidates(CharSequence text, int from, int to) {
    BitSet found = new BitSet(clausesOf.length);
    strings.findIn(text, from, to, found);
    BitSet satisfied = new BitSet(triggerOf.length);
    for (int s = found.nextSetBit(0); s >= 0; s = found.nextSetBit(s + 1)) {
      for (int c : clausesOf[s]) {
        satisfied.set(c);
      }
    }
    BitSet out = (BitSet) always.clone();
    int[] held = new int[clauseCount.length];
    for (int c = satisfied.nextSetBit(0); c >= 0; c = satisfied.nextSetBit(c + 1)) {
      int t = triggerOf[c];
      if (++held[t] == clauseCount[t]) {
        out.set(t);
      }
    }
    return out;
  }

  /** How many triggers have no clause and so run on every sentence. */
  int unfiltered() {
    return always.cardinality();
  }
}
