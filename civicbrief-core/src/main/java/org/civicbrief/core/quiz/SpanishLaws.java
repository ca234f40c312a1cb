package org.civicbrief.core.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.civicbrief.core.text.WordList;

/**
 * The false twin of a Spanish statement that names a federal law: another law of the list that the
 * article does not name ("invocó la Ley de Enemigos Extranjeros" / "la Ley de Insurrección"), a
 * minimal same-type swap a reader who skipped the article could believe (REVIEW.md T1; R-es3: the
 * lead statements had no false twin). Spanish only (ADR 21).
 */
final class SpanishLaws {

  private static final List<String> LAWS = WordList.listOf("laws-es");

  private SpanishLaws() {}

  /**
   * {@code body} with the one law of the list it names swapped for one the article ({@code text})
   * does not name, the law and its swap; empty when it names none or two, or only in a quotation.
   * {@code seed} picks among the unnamed laws, so swaps vary with the sentence.
   */
  static Optional<String[]> swap(String body, String text, IntPredicate quoted, long seed) {
    String found = null;
    int at = -1;
    for (String law : LAWS) {
      int i = body.indexOf(law);
      if (i < 0) {
        continue;
      }
      if (found != null || body.indexOf(law, i + 1) >= 0) {
        return Optional.empty(); // two laws, or one twice: which one is the fact is unclear
      }
      found = law;
      at = i;
    }
    if (found == null || quoted.test(at)) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> unnamed = new ArrayList<>();
    for (String law : LAWS) {
      if (!lower.contains(law.toLowerCase(Locale.ROOT))) {
        unnamed.add(law);
      }
    }
    if (unnamed.isEmpty()) {
      return Optional.empty();
    }
    String other = unnamed.get((int) Math.floorMod(seed, (long) unnamed.size()));
    String swapped = body.substring(0, at) + other + body.substring(at + found.length());
    return Optional.of(new String[] {swapped, found, other});
  }
}
