package org.civicbrief.app.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civicbrief.core.text.WordList;

/**
 * Decides whether a predicted speaker name and an annotated source name the same person: the
 * surname of the name occurs in the source ("Mr. Burman" is "Leonard E. Burman") and no other given
 * name stands before it ("Chelsea Clinton" is not "Hillary Clinton"), nor does the surname belong
 * to a longer name or a possessive ("Trump's spokesman", "Trump campaign" are not Trump).
 */
final class SameSpeaker {

  private static final Set<String> HONORIFICS = WordList.of("speaker-honorifics");

  private static final Set<String> NOT_THE_PERSON = WordList.of("speaker-not-the-person");

  boolean same(String predicted, String source) {
    List<String> name = words(predicted);
    List<String> src = words(source);
    if (name.isEmpty() || src.isEmpty()) {
      return false;
    }
    String surname = name.getLast();
    for (int i = 0; i < src.size(); i++) {
      if (!src.get(i).equals(surname)) {
        continue;
      }
      boolean after =
          i + 1 < src.size()
              && (NOT_THE_PERSON.contains(src.get(i + 1)) || capitalized(source, src.get(i + 1)));
      boolean otherGivenName =
          i > 0
              && capitalized(source, src.get(i - 1))
              && !HONORIFICS.contains(src.get(i - 1))
              && !name.contains(src.get(i - 1));
      if (!after && !otherGivenName) {
        return true;
      }
    }
    return false;
  }

  /** True when the word stands capitalized in {@code text}, as a part of a name does. */
  private static boolean capitalized(String text, String word) {
    String plain = plain(text);
    int i = plain.indexOf(word);
    while (i >= 0) {
      boolean start = i == 0 || !Character.isLetterOrDigit(plain.charAt(i - 1));
      if (start && Character.isUpperCase(text.charAt(i))) {
        return true;
      }
      i = plain.indexOf(word, i + 1);
    }
    return false;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : plain(s).split("[^\\p{L}\\p{N}-]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Lower case without diacritics, one char for each char of the input so offsets still match. */
  private static String plain(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      String c = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD);
      out.append(Character.toLowerCase(c.charAt(0)));
    }
    return out.toString();
  }
}
