package org.civicbrief.core.quiz;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.text.WordList;

/**
 * The false twin of a Spanish statement by its side of a two-sided label (ADR 21; R-es3: six of
 * seven true/false keys "Verdadero"): "la mayoría conservadora" for "liberal", "los demócratas de
 * Texas" for "los republicanos", "la senadora republicana" for "demócrata". A minimal same-type
 * swap (REVIEW.md T1) that a reader who skipped the article could believe, and false by it.
 */
final class SpanishSides {

  private static final Map<String, String> OTHER = WordList.tableOf("sides-es");

  /** The pairs of sides: a statement that names both of one pair is not swapped. */
  private static final Map<String, String> PAIR =
      Map.ofEntries(
          Map.entry("demócrat", "party"),
          Map.entry("republican", "party"),
          Map.entry("conservador", "ideology"),
          Map.entry("liberal", "ideology"),
          Map.entry("oficialista", "government"),
          Map.entry("opositor", "government"));

  private static final Pattern WORD = Pattern.compile("(?<!\\p{L})(\\p{L}+)(?!\\p{L})");

  private static final Set<String> FEMININE = Set.of("la", "las", "una", "unas");

  private static final Set<String> DETERMINERS =
      Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al");

  private SpanishSides() {}

  /**
   * {@code body} with its one side word swapped for the other side's, the word and its swap; empty
   * when it names no side, names both sides or one side twice (a swap would contradict the rest),
   * or names it only inside a quotation ({@code quoted} is true for such body offsets).
   */
  static Optional<String[]> swap(String body, String headline, IntPredicate quoted) {
    Matcher m = WORD.matcher(body);
    String found = null;
    int at = -1;
    Map<String, String> sideOf = new java.util.HashMap<>();
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      String stem = stem(w);
      if (stem == null) {
        continue;
      }
      String pair = PAIR.get(stem);
      String before = sideOf.putIfAbsent(pair, stem);
      if (before != null) {
        return Optional.empty(); // both sides, or one side twice
      }
      if (found != null) {
        return Optional.empty(); // two labels: which one the statement tests is unclear
      }
      if (quoted.test(m.start())) {
        return Optional.empty();
      }
      found = m.group(1);
      at = m.start();
    }
    if (found == null || Character.isUpperCase(found.charAt(0))) {
      return Optional.empty(); // "el Partido Republicano": a name, not a side
    }
    String lower = found.toLowerCase(Locale.ROOT);
    if (namesPair(headline, PAIR.get(stem(lower)))) {
      return Optional.empty(); // "… que beneficia a republicanos": the headline gives it away
    }
    if (personsLabel(body, at, found.length())) {
      return Optional.empty();
    }
    String other =
        feminine(body, at) && OTHER.containsKey(lower + "@f")
            ? OTHER.get(lower + "@f")
            : OTHER.get(lower);
    if (other == null) {
      return Optional.empty();
    }
    if (Character.isUpperCase(found.charAt(0))) {
      other = Character.toUpperCase(other.charAt(0)) + other.substring(1);
    }
    String swapped = body.substring(0, at) + other + body.substring(at + found.length());
    return Optional.of(new String[] {swapped, found, other});
  }

  /**
   * "el presidente republicano", "la senadora demócrata Elena Robles": the side of one person, a
   * label a reader may know to be theirs whatever the article says (a Republican president offered
   * as a Democrat gives itself away). A group's side ("una mayoría conservadora", "los demócratas
   * de Texas") is the fact.
   */
  private static boolean personsLabel(String body, int at, int length) {
    String[] before = body.substring(0, at).strip().split("[\\s,]+");
    String previous = before.length == 0 ? "" : before[before.length - 1];
    String after = body.substring(at + length).strip();
    boolean nameAfter = !after.isEmpty() && Character.isUpperCase(after.charAt(0));
    return nameAfter || (!previous.isEmpty() && Office.of(previous).isPresent());
  }

  /** True when {@code text} names either side of {@code pair} ("party", "ideology"). */
  private static boolean namesPair(String text, String pair) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String stem = stem(m.group(1));
      if (stem != null && PAIR.get(stem).equals(pair)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code role} states the other side of a party that {@code sentence} names ("el
   * gobernador demócrata" as who keeps "la mayoría del Partido Republicano"): an option a reader
   * rules out by the stem alone (REVIEW.md D1).
   */
  static boolean otherParty(String sentence, String role) {
    String s = sentence.toLowerCase(Locale.ROOT);
    String r = role.toLowerCase(Locale.ROOT);
    boolean dem = s.contains("demócrat");
    boolean rep = s.contains("republican");
    return dem != rep && r.contains(dem ? "republican" : "demócrat");
  }

  private static String stem(String w) {
    if (!OTHER.containsKey(w)) {
      return null;
    }
    for (String stem : PAIR.keySet()) {
      if (w.startsWith(stem)) {
        return stem;
      }
    }
    return null;
  }

  /** True when the nearest determiner within four words before {@code at} is feminine. */
  private static boolean feminine(String body, int at) {
    String[] before = body.substring(0, at).strip().split("[\\s,]+");
    for (int i = before.length - 1; i >= 0 && i >= before.length - 4; i--) {
      String w = before[i].toLowerCase(Locale.ROOT);
      if (DETERMINERS.contains(w)) {
        return FEMININE.contains(w);
      }
    }
    return false;
  }
}
