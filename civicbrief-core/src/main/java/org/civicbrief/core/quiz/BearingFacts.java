package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.civic.QuizFact;

/**
 * Orders a card's quiz facts by how much they bear on what the story says where it touches the
 * card: the fact whose question and answer share the most words with those sentences, beyond the
 * card's own name and the names in the answer, comes first (R20: "at no expense to the government"
 * asked beside a release for want of a removal order, a restraining order "issued without notice"
 * beside a story about another kind of injunction). Facts that bear equally keep their order.
 * Stateless.
 */
final class BearingFacts {

  /** Words that say nothing about a matter: question words, auxiliaries, the commonest nouns. */
  private static final Set<String> STOP =
      java.util.stream.Stream.of(
              org.civicbrief.core.text.WordList.of("matter-stop-words"),
              // question words a card fact asks with
              Set.of("whose", "how", "why", "must", "long", "many", "much"))
          .flatMap(Set::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");

  private BearingFacts() {}

  /**
   * {@code facts}, those that share the most words with {@code matter} (the article's sentences
   * that touch the card) first, not counting the words of {@code cardName}.
   */
  static List<QuizFact> order(List<QuizFact> facts, String cardName, String matter) {
    Set<String> said = words(matter);
    said.removeAll(words(cardName));
    List<QuizFact> out = new ArrayList<>(facts);
    // A stable sort: facts that bear equally keep the order the caller chose for them.
    out.sort(
        Comparator.comparingInt(
            (QuizFact f) -> {
              Set<String> asked = words(f.question() + " " + common(f.answer()));
              asked.retainAll(said);
              return -asked.size();
            }));
    return out;
  }

  /**
   * The answer without the names in it: a key that is a place or a body the story names ("New York"
   * for a New York sentence) says where the story happens, not that the fact bears on it.
   */
  static String common(String answer) {
    String[] w = answer.split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      boolean capital = !w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0));
      boolean nameGoesOn =
          i + 1 < w.length && !w[i + 1].isEmpty() && Character.isUpperCase(w[i + 1].charAt(0));
      if (capital && (i > 0 || nameGoesOn)) {
        continue;
      }
      out.append(w[i]).append(' ');
    }
    return out.toString().strip();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.length() < 3 || STOP.contains(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  private static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
