package org.civicbrief.core.civic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;

/**
 * A fixed set of ASCII strings that finds, in one pass over a text, which of them the text holds
 * once {@linkplain RequiredStrings#fold folded}: an Aho–Corasick automaton, so the pass costs the
 * same however many strings there are. Immutable and thread-safe.
 */
final class Substrings {

  /** Column 0 stands for every character that occurs in none of the strings. */
  private final int[] columnOf = new int[128];

  private final int columns;

  /** {@code next[state * columns + column]}: the state after reading a character. */
  private final int[] next;

  /** The indexes of the strings that end at each state, its suffixes' included. */
  private final int[][] ends;

  /**
   * The automaton for {@code strings}, each non-empty, ASCII and already folded; a string's index
   * in the list is the index {@link #findIn} reports.
   */
  Substrings(List<String> strings) {
    int used = 1;
    for (String s : strings) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("an empty string is in every text");
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 128 || RequiredStrings.fold(c) != c) {
          throw new IllegalArgumentException("'" + s + "' is not folded ASCII");
        }
        if (columnOf[c] == 0) {
          columnOf[c] = used++;
        }
      }
    }
    this.columns = used;
    List<int[]> trie = new ArrayList<>();
    List<List<Integer>> endsHere = new ArrayList<>();
    trie.add(absent());
    endsHere.add(new ArrayList<>());
    for (int id = 0; id < strings.size(); id++) {
      String s = strings.get(id);
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        int column = columnOf[s.charAt(i)];
        if (trie.get(state)[column] < 0) {
          trie.get(state)[column] = trie.size();
          trie.add(absent());
          endsHere.add(new ArrayList<>());
        }
        state = trie.get(state)[column];
      }
      endsHere.get(state).add(id);
    }
    this.next = new int[trie.size() * columns];
    this.ends = new int[trie.size()][];
    int[] fail = new int[trie.size()];
    // Breadth first, so a state's longest proper suffix in the trie is complete before the state.
    Queue<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    while (!queue.isEmpty()) {
      int state = queue.remove();
      List<Integer> here = new ArrayList<>(endsHere.get(state));
      if (state != 0) {
        for (int id : ends[fail[state]]) {
          here.add(id);
        }
      }
      ends[state] = here.stream().mapToInt(Integer::intValue).toArray();
      for (int column = 0; column < columns; column++) {
        int child = trie.get(state)[column];
        int viaSuffix = state == 0 ? 0 : next[fail[state] * columns + column];
        if (child < 0) {
          next[state * columns + column] = viaSuffix;
        } else {
          next[state * columns + column] = child;
          fail[child] = viaSuffix;
          queue.add(child);
        }
      }
    }
  }

  private int[] absent() {
    int[] row = new int[columns];
    Arrays.fill(row, -1);
    return row;
  }

  /** Sets in {@code found} the index of every string that {@code text} holds in [from, to). */
  void findIn(CharSequence text, int from, int to, BitSet found) {
    int state = 0;
    for (int i = from; i < to; i++) {
      char c = RequiredStrings.fold(text.charAt(i));
      state = next[state * columns + (c < 128 ? columnOf[c] : 0)];
      for (int id : ends[state]) {
        found.set(id);
      }
    }
  }
}
