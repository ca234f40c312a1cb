package org.civicbrief.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named entity as a run of tokens of one sentence, CoNLL style.
 *
 * @param sentence the sentence's number in the corpus
 * @param first the first token
 * @param end just past the last token
 * @param type PER, ORG, LOC or MISC
 */
record EntityChunk(int sentence, int first, int end, String type) {

  EntityChunk {
    Objects.requireNonNull(type, "type");
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("bad chunk " + first + "-" + end);
    }
  }

  /**
   * The chunks of a sentence's IOB tags, as conlleval reads them: a chunk starts at {@code B-X}, or
   * at {@code I-X} after anything but {@code I-X} or {@code B-X} (so IOB1 and IOB2 both work).
   */
  static List<EntityChunk> fromTags(int sentence, List<String> tags) {
    List<EntityChunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String t = prefix.equals("O") ? null : tag.substring(2);
      boolean continues = type != null && prefix.equals("I") && t.equals(type);
      if (type != null && !continues) {
        out.add(new EntityChunk(sentence, start, i, type));
        type = null;
      }
      if (t != null && !continues) {
        start = i;
        type = t;
      }
    }
    return out;
  }
}
